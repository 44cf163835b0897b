namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Takes what a held commitment covers out of an hourly spend series, the way AWS applies a plan each hour: the usage
/// with the deepest discount (lowest rate ratio) first, each dollar of on-demand usage with ratio r using r dollars of
/// commitment; what is left of the commitment in an hour is lost. The series that remains is what a new plan could cover.
/// </summary>
public static class HeldPlanCoverage
{
    /// <param name="applies">Which usage keys the commitment may cover (an EC2 Instance plan: its region and family).</param>
    /// <param name="activeIn">The hours (0-based) the commitment is active in; null: every hour.</param>
    /// <param name="order">
    /// The order the usage keys take the commitment in (lowest first); null: the deepest discount first, as a Savings
    /// Plan applies. A size-flexible Reserved Instance applies to the smallest size of its family first instead.
    /// </param>
    public static IReadOnlyList<IReadOnlyList<SpendItem>> Cover(
        IReadOnlyList<IReadOnlyList<SpendItem>> hours, decimal commitment, IReadOnlyDictionary<string, decimal> ratios, Func<string, bool> applies,
        Func<int, bool>? activeIn = null, Func<string, decimal>? order = null)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(ratios);
        ArgumentNullException.ThrowIfNull(applies);
        if (commitment <= 0)
        {
            return hours;
        }

        // The order the keys take the commitment in is the same every hour: ranked once here, so an hour sorts integers
        // (rank, then place in the hour, as a stable sort by the order and then the key would).
        var rank = Rank(hours, ratios, applies, order);
        var result = new IReadOnlyList<SpendItem>[hours.Count];
        var taking = new List<long>();
        for (var h = 0; h < hours.Count; h++)
        {
            if (activeIn is not null && !activeIn(h))
            {
                result[h] = hours[h];
                continue;
            }

            var items = hours[h].ToArray();
            taking.Clear();
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].OnDemandUsd > 0 && rank.TryGetValue(items[i].Key, out var r))
                {
                    taking.Add(((long)r * items.Length) + i);
                }
            }

            taking.Sort();
            var left = commitment;
            foreach (var t in taking)
            {
                if (left <= 0)
                {
                    break;
                }

                var i = (int)(t % items.Length);
                var ratio = ratios[items[i].Key];
                var covered = Math.Min(items[i].OnDemandUsd, left / ratio);
                left -= covered * ratio;
                items[i] = items[i] with { OnDemandUsd = items[i].OnDemandUsd - covered };
            }

            result[h] = items;
        }

        return result;
    }

    /// <summary>
    /// The keys of <paramref name="keys"/> (distinct) the commitment may cover (applies, a positive ratio), in the order
    /// they take it: the lowest order first (null: the lowest ratio), then the key.
    /// </summary>
    internal static List<string> Ranked(
        IEnumerable<string> keys, IReadOnlyDictionary<string, decimal> ratios, Func<string, bool> applies, Func<string, decimal>? order = null) =>
        keys.Where(k => applies(k) && ratios.TryGetValue(k, out var r) && r > 0)
            .OrderBy(k => order is null ? ratios[k] : order(k)).ThenBy(k => k, StringComparer.Ordinal)
            .ToList();

    // Each key the commitment may cover by its place in the order (Ranked).
    private static Dictionary<string, int> Rank(
        IReadOnlyList<IReadOnlyList<SpendItem>> hours, IReadOnlyDictionary<string, decimal> ratios, Func<string, bool> applies, Func<string, decimal>? order)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hour in hours)
        {
            foreach (var item in hour)
            {
                keys.Add(item.Key);
            }
        }

        var ranked = Ranked(keys, ratios, applies, order);
        var rank = new Dictionary<string, int>(ranked.Count, StringComparer.Ordinal);
        for (var i = 0; i < ranked.Count; i++)
        {
            rank[ranked[i]] = i;
        }

        return rank;
    }

    /// <summary>Family of a usage key "region/family.size".</summary>
    public static (string Region, string Family) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var region = slash < 0 ? string.Empty : key[..slash];
        var type = key[(slash + 1)..];
        var dot = type.IndexOf('.', StringComparison.Ordinal);
        return (region, dot < 0 ? type : type[..dot]);
    }
}
