namespace Analyzer.Core.Reporting;

/// <summary>One headline figure of the executive summary.</summary>
/// <param name="Note">A short line under the value, e.g. "per month".</param>
public sealed record KpiTile(string Label, decimal Value, KpiUnit Unit, string Note);
