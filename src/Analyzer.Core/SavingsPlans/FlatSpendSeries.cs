namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// An hourly spend series laid out flat: every hour's items in one array, in the hour's own order, each with its key as
/// an index. A commitment that covers a few keys (an RI layer: one family in one region) then reads and writes only
/// those items (<see cref="LayerCover"/>), where covering the series as lists copies every item of every hour.
/// </summary>
internal sealed class FlatSpendSeries
{
    private readonly int[] hourStart;
    private readonly int[] keyOf;
    private readonly decimal[] spend;
    private readonly string[] keys;

    public FlatSpendSeries(IReadOnlyList<IReadOnlyList<SpendItem>> hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        hourStart = new int[hours.Count + 1];
        for (var h = 0; h < hours.Count; h++)
        {
            hourStart[h + 1] = hourStart[h] + hours[h].Count;
        }

        keyOf = new int[hourStart[^1]];
        spend = new decimal[keyOf.Length];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var h = 0; h < hours.Count; h++)
        {
            var at = hourStart[h];
            foreach (var item in hours[h])
            {
                if (!index.TryGetValue(item.Key, out var k))
                {
                    k = index.Count;
                    index[item.Key] = k;
                }

                (keyOf[at], spend[at]) = (k, item.OnDemandUsd);
                at++;
            }
        }

        keys = [.. index.Keys];
    }

    public int HourCount => hourStart.Length - 1;

    /// <summary>The series' distinct keys; an item's key is an index into them.</summary>
    public IReadOnlyList<string> Keys => keys;

    /// <summary>The hour's items are <c>[Start(h), Start(h + 1))</c>.</summary>
    public int Start(int hour) => hourStart[hour];

    public int KeyOf(int item) => keyOf[item];

    /// <summary>A copy of every item's on-demand spend: the residual a commitment's cover starts from.</summary>
    public decimal[] Spend() => (decimal[])spend.Clone();

    /// <summary>The series again as lists, with each item's spend taken from <paramref name="residual"/>.</summary>
    public IReadOnlyList<IReadOnlyList<SpendItem>> With(decimal[] residual)
    {
        ArgumentNullException.ThrowIfNull(residual);
        var hours = new IReadOnlyList<SpendItem>[HourCount];
        for (var h = 0; h < hours.Length; h++)
        {
            var items = new SpendItem[hourStart[h + 1] - hourStart[h]];
            for (var i = 0; i < items.Length; i++)
            {
                var at = hourStart[h] + i;
                items[i] = new SpendItem(keys[keyOf[at]], residual[at]);
            }

            hours[h] = items;
        }

        return hours;
    }
}
