using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace Analyzer.Storage;

/// <summary>
/// Every SQL file under queries/, embedded in this assembly and found by name: "analysis/profile/demand" is
/// queries/analysis/profile/demand.sql.
/// </summary>
public static class QueryCatalog
{
    private const string ResourcePrefix = "queries/";
    private const string Extension = ".sql";
    private static readonly Lazy<FrozenDictionary<string, string>> Queries = new(LoadAll);

    /// <summary>The text of queries/<paramref name="name"/>.sql.</summary>
    public static string Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Queries.Value.TryGetValue(name, out var sql)
            ? sql
            : throw new KeyNotFoundException($"No query named '{name}': expected an embedded queries/{name}.sql.");
    }

    /// <summary>The names starting with <paramref name="prefix"/> (e.g. "schema/"), in ordinal order.</summary>
    public static IReadOnlyList<string> Names(string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return [.. Queries.Value.Keys.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    private static FrozenDictionary<string, string> LoadAll()
    {
        var assembly = typeof(QueryCatalog).Assembly;
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // MSBuild's RecursiveDir uses the OS separator; names use '/' everywhere.
            var normalized = resource.Replace('\\', '/');
            if (!normalized.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !normalized.EndsWith(Extension, StringComparison.Ordinal))
            {
                continue;
            }

            var name = normalized[ResourcePrefix.Length..^Extension.Length];
            queries[name] = Read(assembly, resource);
        }

        return queries.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} vanished.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
