namespace Analyzer.Reports.Charts;

/// <summary>Draws a <see cref="BarChart"/> as SVG with gridlines, value ticks, category labels and a legend.</summary>
internal static class BarChartRenderer
{
    private const double Width = 640;
    private const double Height = 300;
    private const double Left = 76;
    private const double Right = 12;
    private const double Top = 14;

    public static string Render(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var categories = chart.Categories.Count;
        var rotate = categories > 7 || chart.Categories.Any(c => c.Length > 12);
        var legend = chart.Series.Count > 1;
        var bottom = (rotate ? 64.0 : 28.0) + (legend ? 22 : 0);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - bottom;

        var (min, max) = Range(chart);
        var ticks = AxisScale.Ticks(min, max);
        var low = ticks[0];
        var high = ticks[^1];
        double Y(double v) => Top + plotHeight * (high - v) / (high - low);

        using var svg = new SvgWriter(Width, Height, chart.Title);
        foreach (var tick in ticks)
        {
            svg.Line(Left, Y(tick), Width - Right, Y(tick), tick == 0 ? "axis" : "grid");
            svg.Text(Left - 8, Y(tick) + 4, chart.FormatValue(tick), "tick", "end");
        }

        var band = categories == 0 ? plotWidth : plotWidth / categories;
        for (var c = 0; c < categories; c++)
        {
            var x0 = Left + band * c;
            if (chart.Stacked)
            {
                var barWidth = band * 0.64;
                var baseline = 0.0;
                foreach (var series in chart.Series)
                {
                    var v = Math.Max(0, series.Values[c]);
                    svg.Rect(x0 + (band - barWidth) / 2, Y(baseline + v), barWidth, Y(baseline) - Y(baseline + v),
                        $"bar s{series.ColorIndex % 8}", $"{chart.Categories[c]} · {series.Name}: {chart.FormatValue(series.Values[c])}");
                    baseline += v;
                }
            }
            else
            {
                var groupWidth = band * 0.72;
                var barWidth = groupWidth / Math.Max(1, chart.Series.Count);
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    var series = chart.Series[s];
                    var v = series.Values[c];
                    svg.Rect(x0 + (band - groupWidth) / 2 + barWidth * s, Y(Math.Max(0, v)), barWidth * 0.92, Math.Abs(Y(v) - Y(0)),
                        $"bar s{series.ColorIndex % 8}", $"{chart.Categories[c]} · {series.Name}: {chart.FormatValue(v)}");
                }
            }

            var label = Shorten(chart.Categories[c], rotate ? 16 : 18);
            var labelY = Top + plotHeight + 16;
            if (rotate)
            {
                svg.Text(x0 + band / 2, labelY, label, "label", "end", -35);
            }
            else
            {
                svg.Text(x0 + band / 2, labelY, label, "label", "middle");
            }
        }

        if (legend)
        {
            var x = Left;
            foreach (var series in chart.Series)
            {
                svg.Rect(x, Height - 16, 10, 10, $"bar s{series.ColorIndex % 8}");
                var name = Shorten(series.Name, 22);
                svg.Text(x + 14, Height - 7, name, "legend");
                x += 26 + name.Length * 6.4;
            }
        }

        return svg.Finish();
    }

    private static (double Min, double Max) Range(BarChart chart)
    {
        var min = 0.0;
        var max = 0.0;
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            if (chart.Stacked)
            {
                max = Math.Max(max, chart.Series.Sum(s => Math.Max(0, s.Values[c])));
            }
            else
            {
                foreach (var series in chart.Series)
                {
                    max = Math.Max(max, series.Values[c]);
                    min = Math.Min(min, series.Values[c]);
                }
            }
        }

        return (min, max);
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
