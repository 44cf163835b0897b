namespace Analyzer.Reports.Charts;

/// <summary>A line over numeric x, with one highlighted point (the recommended commitment).</summary>
internal sealed record LineChart(
    string Title,
    IReadOnlyList<(double X, double Y)> Points,
    (double X, double Y)? Highlight,
    string HighlightLabel,
    string XAxisLabel,
    Func<double, string> FormatX,
    Func<double, string> FormatY);
