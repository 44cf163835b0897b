using System.Reflection;

namespace Analyzer.Reports.Html;

/// <summary>Reads the templates embedded from reports/templates (resource names "templates/&lt;path&gt;").</summary>
internal static class TemplateSource
{
    private const string Prefix = "templates/";
    private static readonly Assembly Assembly = typeof(TemplateSource).Assembly;

    public static string Read(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new InvalidOperationException($"The report template '{path}' is not embedded in {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The partials: every "templates/partials/NAME.hbs", keyed by NAME.</summary>
    public static IEnumerable<(string Name, string Text)> Partials() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "partials/", StringComparison.Ordinal) && n.EndsWith(".hbs", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => n[Prefix.Length..])
            .Select(path => (Path.GetFileNameWithoutExtension(path), Read(path)));
}
