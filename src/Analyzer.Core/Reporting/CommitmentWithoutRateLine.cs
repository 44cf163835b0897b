namespace Analyzer.Core.Reporting;

/// <summary>Spend a commitment leaves on demand because the price catalog has no rate for it, for one reason.</summary>
/// <param name="Basis">"plan" (the best single plan) or "portfolio" (the layered portfolio).</param>
/// <param name="Reason">E.g. "Fargate", "EC2 in eu-west-1 (no rate for the region)".</param>
public sealed record CommitmentWithoutRateLine(string Basis, string Reason, decimal MonthlyUsd);
