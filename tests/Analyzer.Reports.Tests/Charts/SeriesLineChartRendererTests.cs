using System.Globalization;
using System.Xml.Linq;
using Analyzer.Reports.Charts;

namespace Analyzer.Reports.Tests.Charts;

public sealed class SeriesLineChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_LogLog_PlacesPointsByTheirLogarithm()
    {
        // Both axes run 10..100, ticks 10, 20, 50, 100, so log10 1..2. The plot spans x 64..610 (640 wide, margins 64
        // and 30) and y 270..14 (340 high, margins 14 and 70): 10 is at the start of each, 100 at the end, and
        // 10^1.5 = 31.62 halfway: x = 64 + 546 * 0.5 = 337, y = 270 - 256 * 0.5 = 142.
        var half = Math.Pow(10, 1.5);
        var chart = Chart(new LineSeries("analysis", [(10, 10), (half, half), (100, 100)], 0));

        var circles = Elements(SeriesLineChartRenderer.Render(chart), "circle");

        Assert.Equal([(64.0, 270.0), (337.0, 142.0), (610.0, 14.0)], circles.Select(c => (Attr(c, "cx"), Attr(c, "cy"))));
    }

    [Fact]
    public void Render_TwoSeries_DrawsALineAndALegendEntryEach()
    {
        var chart = Chart(new LineSeries("ingest", [(450, 3.2), (4_500, 27)], 0), new LineSeries("analysis", [(450, 5.9), (4_500, 20.4)], 4));

        var svg = SeriesLineChartRenderer.Render(chart);

        Assert.Equal(["series s0", "series s4"], Elements(svg, "polyline").Select(p => (string)p.Attribute("class")!));
        Assert.Contains(Elements(svg, "text"), t => t.Value == "ingest");
        Assert.Contains(Elements(svg, "text"), t => t.Value == "analysis");
    }

    [Fact]
    public void Render_Point_HasItsSeriesAndValuesInItsTooltip()
    {
        var chart = Chart(new LineSeries("whatif", [(10_350, 13.37)], 5));

        var tooltip = Elements(SeriesLineChartRenderer.Render(chart), "circle").Single().Element(Svg + "title")!.Value;

        Assert.Equal("whatif: 10350 → 13.37", tooltip);
    }

    [Fact]
    public void Render_Standalone_CarriesItsOwnStyleAndTitle()
    {
        var svg = SeriesLineChartRenderer.Render(Chart(new LineSeries("ingest", [(1, 1), (10, 10)], 0)), standalone: true);

        Assert.Contains("polyline.series{fill:none", Elements(svg, "style").Single().Value, StringComparison.Ordinal);
        Assert.Contains(Elements(svg, "text"), t => t.Value == "Time against fleet size");
    }

    [Fact]
    public void Render_HostileSeriesName_IsEscapedText()
    {
        var svg = SeriesLineChartRenderer.Render(Chart(new LineSeries("<script>alert(1)</script>", [(1, 1), (10, 10)], 0)));

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains(Elements(svg, "text"), t => t.Value == "<script>alert(1)</script>");
    }

    private static SeriesLineChart Chart(params LineSeries[] series) => new(
        "Time against fleet size", series, "workloads", "seconds", LogX: true, LogY: true,
        x => x.ToString(CultureInfo.InvariantCulture), y => y.ToString(CultureInfo.InvariantCulture));

    private static List<XElement> Elements(string svg, string name) => XElement.Parse(svg).Descendants(Svg + name).ToList();

    private static double Attr(XElement element, string name) => double.Parse((string)element.Attribute(name)!, CultureInfo.InvariantCulture);
}
