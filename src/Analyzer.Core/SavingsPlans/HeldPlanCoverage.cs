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

        var result = new IReadOnlyList<SpendItem>[hours.Count];
        for (var h = 0; h < hours.Count; h++)
        {
            if (activeIn is not null && !activeIn(h))
            {
                result[h] = hours[h];
                continue;
            }

            var items = hours[h].ToArray();
            var taking = Enumerable.Range(0, items.Length)
                .Where(i => items[i].OnDemandUsd > 0 && applies(items[i].Key) && ratios.TryGetValue(items[i].Key, out var r) && r > 0)
                .OrderBy(i => order is null ? ratios[items[i].Key] : order(items[i].Key)).ThenBy(i => items[i].Key, StringComparer.Ordinal)
                .ToArray();
            var left = commitment;
            foreach (var i in taking)
            {
                if (left <= 0)
                {
                    break;
                }

                var ratio = ratios[items[i].Key];
                var covered = Math.Min(items[i].OnDemandUsd, left / ratio);
                left -= covered * ratio;
                items[i] = items[i] with { OnDemandUsd = items[i].OnDemandUsd - covered };
            }

            result[h] = items;
        }

        return result;
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
