using System.Globalization;
using System.Text;
using System.Xml;

namespace Analyzer.Reports.Charts;

/// <summary>
/// A tiny typed SVG builder over <see cref="XmlWriter"/>, which escapes every text and attribute value, so labels
/// that came from AWS cannot break out of the markup; characters XML cannot hold at all (a control character in a
/// product code) are replaced first (<see cref="UntrustedText"/>), as XmlWriter would otherwise throw.
/// </summary>
internal sealed class SvgWriter : IDisposable
{
    private readonly StringBuilder buffer = new();
    private readonly XmlWriter xml;

    public SvgWriter(double width, double height, string title)
    {
        xml = XmlWriter.Create(buffer, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment });
        xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
        Attribute("viewBox", $"0 0 {Num(width)} {Num(height)}");
        xml.WriteAttributeString("role", "img");
        xml.WriteAttributeString("class", "chart");
        xml.WriteAttributeString("preserveAspectRatio", "xMidYMid meet");
        xml.WriteElementString("title", UntrustedText.Clean(title));
    }

    /// <summary>A style element: for an image written as a file of its own, which no page stylesheet reaches.</summary>
    public void Style(string css)
    {
        xml.WriteStartElement("style");
        xml.WriteString(css);
        xml.WriteEndElement();
    }

    public void Rect(double x, double y, double width, double height, string cssClass, string? tooltip = null, string? fill = null)
    {
        xml.WriteStartElement("rect");
        Attribute("x", Num(x));
        Attribute("y", Num(y));
        Attribute("width", Num(Math.Max(0, width)));
        Attribute("height", Num(Math.Max(0, height)));
        xml.WriteAttributeString("class", cssClass);
        if (fill is not null)
        {
            xml.WriteAttributeString("fill", fill);
        }

        if (tooltip is not null)
        {
            xml.WriteElementString("title", UntrustedText.Clean(tooltip));
        }

        xml.WriteEndElement();
    }

    public void Line(double x1, double y1, double x2, double y2, string cssClass)
    {
        xml.WriteStartElement("line");
        Attribute("x1", Num(x1));
        Attribute("y1", Num(y1));
        Attribute("x2", Num(x2));
        Attribute("y2", Num(y2));
        xml.WriteAttributeString("class", cssClass);
        xml.WriteEndElement();
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string cssClass)
    {
        xml.WriteStartElement("polyline");
        Attribute("points", string.Join(' ', points.Select(p => $"{Num(p.X)},{Num(p.Y)}")));
        xml.WriteAttributeString("class", cssClass);
        xml.WriteEndElement();
    }

    public void Circle(double cx, double cy, double r, string cssClass, string? tooltip = null)
    {
        xml.WriteStartElement("circle");
        Attribute("cx", Num(cx));
        Attribute("cy", Num(cy));
        Attribute("r", Num(r));
        xml.WriteAttributeString("class", cssClass);
        if (tooltip is not null)
        {
            xml.WriteElementString("title", UntrustedText.Clean(tooltip));
        }

        xml.WriteEndElement();
    }

    /// <param name="anchor">"start", "middle" or "end".</param>
    public void Text(double x, double y, string text, string cssClass, string anchor = "start", double? rotate = null)
    {
        xml.WriteStartElement("text");
        Attribute("x", Num(x));
        Attribute("y", Num(y));
        xml.WriteAttributeString("class", cssClass);
        xml.WriteAttributeString("text-anchor", anchor);
        if (rotate is { } degrees)
        {
            Attribute("transform", $"rotate({Num(degrees)} {Num(x)} {Num(y)})");
        }

        xml.WriteString(UntrustedText.Clean(text));
        xml.WriteEndElement();
    }

    /// <summary>Closes the document and returns the markup.</summary>
    public string Finish()
    {
        xml.WriteEndElement();
        xml.Flush();
        return buffer.ToString();
    }

    public void Dispose() => xml.Dispose();

    private void Attribute(string name, string value) => xml.WriteAttributeString(name, value);

    private static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
