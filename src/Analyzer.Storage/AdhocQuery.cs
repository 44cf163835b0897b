using System.Text.RegularExpressions;

namespace Analyzer.Storage;

/// <summary>
/// A named query from queries/adhoc/: its SQL and the parameters its header declares (the "Parameters:" part, each
/// written $name). Values are always bound, never spliced: a parameter not given is bound as NULL, which each query
/// reads as "use the default".
/// </summary>
public sealed partial class AdhocQuery
{
    private const string Prefix = "adhoc/";

    private AdhocQuery(string name, string sql, string purpose, IReadOnlyList<string> parameters)
    {
        Name = name;
        Sql = sql;
        Purpose = purpose;
        Parameters = parameters;
    }

    public string Name { get; }

    public string Sql { get; }

    /// <summary>The header's "Purpose:" line.</summary>
    public string Purpose { get; }

    /// <summary>The parameter names the header declares, without the '$', in order.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>Every named query, by name.</summary>
    public static IReadOnlyList<AdhocQuery> All() => [.. QueryCatalog.Names(Prefix).Select(n => Parse(n[Prefix.Length..], QueryCatalog.Get(n)))];

    /// <summary>The named query; null when there is none by that name.</summary>
    public static AdhocQuery? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return QueryCatalog.Names(Prefix).Contains(Prefix + name, StringComparer.Ordinal) ? Parse(name, QueryCatalog.Get(Prefix + name)) : null;
    }

    /// <summary>Every declared parameter bound to its given text, or NULL when not given.</summary>
    public IReadOnlyDictionary<string, object?> Bind(IReadOnlyDictionary<string, string> given)
    {
        ArgumentNullException.ThrowIfNull(given);
        return Parameters.ToDictionary(p => p, p => given.TryGetValue(p, out var v) ? (object?)v : null, StringComparer.Ordinal);
    }

    internal static AdhocQuery Parse(string name, string sql)
    {
        var header = sql.Split('\n').Select(l => l.Trim()).TakeWhile(l => l.StartsWith("--", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();
        var purpose = header.FirstOrDefault(l => l.StartsWith("Purpose:", StringComparison.Ordinal))?["Purpose:".Length..].Trim() ?? string.Empty;
        var start = header.FindIndex(l => l.StartsWith("Parameters:", StringComparison.Ordinal));
        var parameters = new List<string>();
        for (var i = start; i >= 0 && i < header.Count && (i == start || !header[i].StartsWith("Output:", StringComparison.Ordinal)); i++)
        {
            parameters.AddRange(ParameterName().Matches(header[i]).Select(m => m.Groups[1].Value).Where(p => !parameters.Contains(p, StringComparer.Ordinal)));
        }

        return new AdhocQuery(name, sql, purpose, parameters);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();
}
