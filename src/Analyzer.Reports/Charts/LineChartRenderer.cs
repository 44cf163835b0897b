namespace Analyzer.Reports.Charts;

/// <summary>Draws a <see cref="LineChart"/> as SVG: value gridlines, x ticks, the line and the highlighted point.</summary>
internal static class LineChartRenderer
{
    private const double Width = 640;
    private const double Height = 300;
    private const double Left = 76;
    private const double Right = 16;
    private const double Top = 14;
    private const double Bottom = 48;

    public static string Render(LineChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var ys = AxisScale.Ticks(chart.Points.Count == 0 ? 0 : chart.Points.Min(p => p.Y), chart.Points.Count == 0 ? 1 : chart.Points.Max(p => p.Y));
        var xs = AxisScale.Ticks(0, chart.Points.Count == 0 ? 1 : chart.Points.Max(p => p.X), 6);
        double X(double v) => Left + plotWidth * (v - xs[0]) / (xs[^1] - xs[0]);
        double Y(double v) => Top + plotHeight * (ys[^1] - v) / (ys[^1] - ys[0]);

        using var svg = new SvgWriter(Width, Height, chart.Title);
        foreach (var tick in ys)
        {
            svg.Line(Left, Y(tick), Width - Right, Y(tick), tick == 0 ? "axis" : "grid");
            svg.Text(Left - 8, Y(tick) + 4, chart.FormatY(tick), "tick", "end");
        }

        foreach (var tick in xs)
        {
            svg.Line(X(tick), Top + plotHeight, X(tick), Top + plotHeight + 4, "axis");
            svg.Text(X(tick), Top + plotHeight + 18, chart.FormatX(tick), "tick", "middle");
        }

        svg.Text(Left + plotWidth / 2, Height - 8, chart.XAxisLabel, "label", "middle");
        svg.Polyline(chart.Points.Select(p => (X(p.X), Y(p.Y))), "line");
        if (chart.Highlight is { } point)
        {
            svg.Line(X(point.X), Top, X(point.X), Top + plotHeight, "marker");
            svg.Circle(X(point.X), Y(point.Y), 6, "point", $"{chart.HighlightLabel}: {chart.FormatX(point.X)} → {chart.FormatY(point.Y)}");
            var anchor = X(point.X) > Left + plotWidth * 0.7 ? "end" : "start";
            svg.Text(X(point.X) + (anchor == "end" ? -10 : 10), Y(point.Y) - 10, chart.HighlightLabel, "callout", anchor);
        }

        return svg.Finish();
    }
}
