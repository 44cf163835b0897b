namespace Analyzer.Core.Pricing;

/// <summary>
/// Newest-wins lookup of one kind of dated price, plus the regions each group (capacity, plan) covers, so a
/// miss can tell "region not loaded" from "item not listed".
/// </summary>
internal sealed class PriceIndex<T>
    where T : class
{
    private readonly Dictionary<string, T> byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, int>> regionCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PriceProvenance> provenance;

    public PriceIndex(
        IReadOnlyList<T> rows,
        Func<T, string> group,
        Func<T, string> region,
        Func<T, string> key,
        Func<T, PriceSource> source)
    {
        foreach (var row in rows)
        {
            var k = key(row);
            if (byKey.TryGetValue(k, out var held) && source(held).AsOf > source(row).AsOf)
            {
                continue;
            }

            if (!byKey.ContainsKey(k))
            {
                var counts = regionCounts.TryGetValue(group(row), out var c) ? c : regionCounts[group(row)] = new(StringComparer.OrdinalIgnoreCase);
                counts[region(row)] = counts.GetValueOrDefault(region(row)) + 1;
            }

            byKey[k] = row;
        }

        provenance = [.. rows.GroupBy(r => (Kind: group(r), Source: source(r)))
            .Select(g => new PriceProvenance(g.Key.Kind, g.Key.Source.Source, g.Key.Source.AsOf, g.Count()))
            .OrderBy(p => p.Kind, StringComparer.Ordinal)
            .ThenBy(p => p.AsOf)];
    }

    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? row) => byKey.TryGetValue(key, out row);

    public bool HasRegion(string group, string region) =>
        regionCounts.TryGetValue(group, out var counts) && counts.ContainsKey(region);

    public int Count(string group, string region) =>
        regionCounts.TryGetValue(group, out var counts) ? counts.GetValueOrDefault(region) : 0;

    public IReadOnlyList<string> Regions(string group) =>
        regionCounts.TryGetValue(group, out var counts) ? [.. counts.Keys.Order(StringComparer.Ordinal)] : [];

    public IReadOnlyList<PriceProvenance> Provenance() => provenance;
}
