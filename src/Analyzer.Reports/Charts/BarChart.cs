namespace Analyzer.Reports.Charts;

/// <summary>A vertical bar chart: categories along x, one or more series, stacked or side by side.</summary>
/// <param name="FormatValue">Formats an axis tick or a tooltip value.</param>
internal sealed record BarChart(
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    bool Stacked,
    Func<double, string> FormatValue);
