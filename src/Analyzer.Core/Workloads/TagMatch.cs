namespace Analyzer.Core.Workloads;

/// <summary>Matches a tag written "key" (present with any value) or "key=value" (value compared ignoring case).</summary>
public static class TagMatch
{
    public static bool Has(IReadOnlyDictionary<string, string> tags, string spec)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(spec);
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            return tags.ContainsKey(spec);
        }

        return tags.TryGetValue(spec[..eq], out var value) && string.Equals(value, spec[(eq + 1)..], StringComparison.OrdinalIgnoreCase);
    }
}
