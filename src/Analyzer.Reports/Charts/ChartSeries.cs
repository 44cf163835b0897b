namespace Analyzer.Reports.Charts;

/// <summary>One named series of a bar chart, one value per category.</summary>
/// <param name="ColorIndex">Index into the report palette (CSS classes s0..s7).</param>
internal sealed record ChartSeries(string Name, IReadOnlyList<double> Values, int ColorIndex);
