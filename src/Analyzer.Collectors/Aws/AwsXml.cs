using System.Xml;
using System.Xml.Linq;

namespace Analyzer.Collectors.Aws;

/// <summary>Namespace-agnostic navigation over the XML bodies of the query protocols.</summary>
internal static class AwsXml
{
    public static XElement Parse(AwsOperation operation, byte[] body)
    {
        try
        {
            using var stream = new MemoryStream(body);
            return XDocument.Load(stream).Root ?? throw new XmlException("empty document");
        }
        catch (XmlException ex)
        {
            throw Malformed(operation, ex.Message, ex);
        }
    }

    public static CollectorException Malformed(AwsOperation operation, string detail, Exception? inner = null) =>
        new(operation.Service.ServiceId, operation.Name, $"malformed response body ({detail}); nothing from it was kept", isTransient: false, innerException: inner);

    public static XElement? Child(this XElement element, string name) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public static IEnumerable<XElement> Children(this XElement? element, string name) =>
        element?.Elements().Where(e => e.Name.LocalName == name) ?? [];

    public static string? Text(this XElement element, string name) => element.Child(name)?.Value;

    /// <summary>The items of a list element: EC2 uses &lt;item&gt;, the query protocol &lt;member&gt;.</summary>
    public static IEnumerable<XElement> Items(this XElement element, string listName) =>
        element.Child(listName).Children("item").Concat(element.Child(listName).Children("member"));
}
