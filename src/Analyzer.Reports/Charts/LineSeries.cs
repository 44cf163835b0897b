namespace Analyzer.Reports.Charts;

/// <summary>One named line of a <see cref="SeriesLineChart"/>: points in x order.</summary>
/// <param name="ColorIndex">Index into the report palette (CSS classes s0..s7).</param>
internal sealed record LineSeries(string Name, IReadOnlyList<(double X, double Y)> Points, int ColorIndex);
