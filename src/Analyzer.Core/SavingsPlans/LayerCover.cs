namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// One commitment's cover on a <see cref="FlatSpendSeries"/>, the arithmetic of <see cref="HeldPlanCoverage.Cover"/>
/// (each hour the lowest ratio first, then the key, then the place in the hour; what is left of the commitment in an
/// hour is lost) on the items it may cover only: which they are, and in what order, is found once for the series.
/// </summary>
internal sealed class LayerCover
{
    private readonly bool[] coversKey;
    private readonly int[] hourStart;
    private readonly int[] order;
    private readonly decimal[] ratioOf;

    /// <param name="applies">Which usage keys the commitment may cover (an RI layer: its family and region).</param>
    public LayerCover(FlatSpendSeries series, IReadOnlyDictionary<string, decimal> ratios, Func<string, bool> applies)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(ratios);
        ArgumentNullException.ThrowIfNull(applies);
        var keys = series.Keys;
        var index = keys.Select((key, k) => (key, k)).ToDictionary(p => p.key, p => p.k, StringComparer.Ordinal);
        var ranked = HeldPlanCoverage.Ranked(keys, ratios, applies).Select(key => index[key]).ToList();
        var rank = new int[keys.Count];
        coversKey = new bool[keys.Count];
        var keyRatio = new decimal[keys.Count];
        for (var r = 0; r < ranked.Count; r++)
        {
            (rank[ranked[r]], coversKey[ranked[r]], keyRatio[ranked[r]]) = (r, true, ratios[keys[ranked[r]]]);
        }

        hourStart = new int[series.HourCount + 1];
        var taking = new List<int>();
        var hour = new List<(int Rank, int Item)>();
        for (var h = 0; h < series.HourCount; h++)
        {
            hour.Clear();
            for (var at = series.Start(h); at < series.Start(h + 1); at++)
            {
                if (coversKey[series.KeyOf(at)])
                {
                    hour.Add((rank[series.KeyOf(at)], at));
                }
            }

            hour.Sort();
            taking.AddRange(hour.Select(x => x.Item));
            hourStart[h + 1] = taking.Count;
        }

        order = [.. taking];
        ratioOf = [.. order.Select(at => keyRatio[series.KeyOf(at)])];
    }

    /// <summary>Whether the commitment may cover any key <paramref name="other"/> may: then the later one's cover depends on the earlier one's.</summary>
    public bool SharesKeyWith(LayerCover other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var k = 0; k < coversKey.Length; k++)
        {
            if (coversKey[k] && other.coversKey[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Takes what <paramref name="commitment"/> USD per hour covers out of <paramref name="residual"/> (the series'
    /// items' spend), noting each changed item's spend before it in <paramref name="changed"/>. Returns the on-demand
    /// spend it covered and the commitment it used (each covered dollar at its key's ratio), summed hour by hour over
    /// the items in the hour's own order, the order a sum over the whole series takes them in.
    /// </summary>
    public (decimal Covered, decimal Used) Apply(decimal[] residual, decimal commitment, List<(int Item, decimal Before)> changed)
    {
        ArgumentNullException.ThrowIfNull(residual);
        ArgumentNullException.ThrowIfNull(changed);
        decimal covered = 0, used = 0;
        if (commitment <= 0)
        {
            return (covered, used);
        }

        var hour = new List<(int Item, decimal Before, decimal Ratio)>();
        for (var h = 0; h + 1 < hourStart.Length; h++)
        {
            hour.Clear();
            var left = commitment;
            for (var j = hourStart[h]; j < hourStart[h + 1]; j++)
            {
                var at = order[j];
                if (residual[at] <= 0)
                {
                    continue;
                }

                if (left <= 0)
                {
                    break;
                }

                var ratio = ratioOf[j];
                var cover = Math.Min(residual[at], left / ratio);
                left -= cover * ratio;
                hour.Add((at, residual[at], ratio));
                residual[at] -= cover;
            }

            hour.Sort((a, b) => a.Item.CompareTo(b.Item));
            foreach (var (at, before, ratio) in hour)
            {
                var delta = before - residual[at];
                if (delta > 0)
                {
                    covered += delta;
                    used += delta * ratio;
                }

                changed.Add((at, before));
            }
        }

        return (covered, used);
    }
}
