namespace Analyzer.Reports.Charts;

/// <summary>
/// Draws a <see cref="SeriesLineChart"/> as SVG: gridlines at the ticks of both axes (logarithmic where asked), one
/// line with marked points per series (each point's value in its tooltip), the axis labels and a legend.
/// </summary>
internal static class SeriesLineChartRenderer
{
    private const double Width = 640;
    private const double Height = 340;
    private const double Left = 64;
    private const double Right = 30;
    private const double Top = 14;
    private const double Bottom = 70;

    /// <summary>
    /// Self-contained styles (the report's palette, report.css), for a chart written as its own .svg file rather than
    /// inside the report, whose stylesheet styles the same classes.
    /// </summary>
    public const string StandaloneStyle =
        "svg{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;background:#fff}"
        + ".grid{stroke:#e2e8f0;stroke-width:1}.axis{stroke:#94a3b8;stroke-width:1}"
        + ".tick,.legend{font-size:11px;fill:#64748b}.label{font-size:11px;fill:#0f172a}.title{font-size:13px;font-weight:bold;fill:#0f172a}"
        + "polyline.series{fill:none;stroke-width:2}.dot{stroke:#fff;stroke-width:1}"
        + ".series.s0{stroke:#2563eb}.series.s1{stroke:#0891b2}.series.s2{stroke:#0d9488}.series.s3{stroke:#d97706}"
        + ".series.s4{stroke:#dc2626}.series.s5{stroke:#7c3aed}.series.s6{stroke:#db2777}.series.s7{stroke:#94a3b8}"
        + ".s0{fill:#2563eb}.s1{fill:#0891b2}.s2{fill:#0d9488}.s3{fill:#d97706}.s4{fill:#dc2626}.s5{fill:#7c3aed}.s6{fill:#db2777}.s7{fill:#94a3b8}";

    /// <param name="standalone">Writes <see cref="StandaloneStyle"/> and the title into the image, for a file of its own.</param>
    public static string Render(SeriesLineChart chart, bool standalone = false)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var points = chart.Series.SelectMany(s => s.Points).ToList();
        var top = Top + (standalone ? 22 : 0);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - top - Bottom;
        var (xs, x) = Axis(points.Select(p => p.X), chart.LogX, Left, Left + plotWidth);
        var (ys, y) = Axis(points.Select(p => p.Y), chart.LogY, top + plotHeight, top);

        using var svg = new SvgWriter(Width, Height, chart.Title);
        if (standalone)
        {
            svg.Style(StandaloneStyle);
            svg.Text(Left, Top + 8, chart.Title, "title");
        }

        foreach (var tick in ys)
        {
            svg.Line(Left, y(tick), Width - Right, y(tick), "grid");
            svg.Text(Left - 6, y(tick) + 4, chart.FormatY(tick), "tick", "end");
        }

        foreach (var tick in xs)
        {
            svg.Line(x(tick), top, x(tick), top + plotHeight, "grid");
            svg.Text(x(tick), top + plotHeight + 16, chart.FormatX(tick), "tick", "middle");
        }

        svg.Line(Left, top + plotHeight, Width - Right, top + plotHeight, "axis");
        svg.Line(Left, top, Left, top + plotHeight, "axis");
        svg.Text(Left + plotWidth / 2, top + plotHeight + 34, chart.XAxisLabel, "label", "middle");
        svg.Text(14, top + plotHeight / 2, chart.YAxisLabel, "label", "middle", rotate: -90);

        foreach (var series in chart.Series)
        {
            var color = $"s{series.ColorIndex % 8}";
            var ordered = series.Points.OrderBy(p => p.X).ToList();
            if (ordered.Count > 1)
            {
                svg.Polyline(ordered.Select(p => (x(p.X), y(p.Y))), $"series {color}");
            }

            foreach (var p in ordered)
            {
                svg.Circle(x(p.X), y(p.Y), 3.5, $"dot {color}", $"{series.Name}: {chart.FormatX(p.X)} → {chart.FormatY(p.Y)}");
            }
        }

        var legendX = Left;
        foreach (var series in chart.Series)
        {
            svg.Rect(legendX, Height - 16, 10, 10, $"s{series.ColorIndex % 8}");
            svg.Text(legendX + 14, Height - 7, series.Name, "legend");
            legendX += 30 + series.Name.Length * 6.2;
        }

        return svg.Finish();
    }

    // The ticks of one axis and the map from a value to its pixel, from (at the first tick) to (at the last).
    private static (IReadOnlyList<double> Ticks, Func<double, double> Map) Axis(IEnumerable<double> values, bool log, double from, double to)
    {
        var list = values.ToList();
        var (min, max) = list.Count == 0 ? (1.0, 10.0) : (list.Min(), list.Max());
        if (log)
        {
            var ticks = LogScale.Ticks(min, max);
            var (a, b) = (Math.Log10(ticks[0]), Math.Log10(ticks[^1]));
            return (ticks, v => from + (to - from) * (Math.Log10(v) - a) / (b - a));
        }

        var linear = AxisScale.Ticks(min, max);
        return (linear, v => from + (to - from) * (v - linear[0]) / (linear[^1] - linear[0]));
    }
}
