namespace Analyzer.Reports.Charts;

/// <summary>Ticks for a logarithmic axis: the powers of ten around the range, with 2 and 5 between them over a short one.</summary>
internal static class LogScale
{
    /// <returns>Ticks in increasing order; the first is at or below <paramref name="min"/>, the last at or above <paramref name="max"/>.</returns>
    public static IReadOnlyList<double> Ticks(double min, double max)
    {
        if (min <= 0 || max <= 0 || double.IsNaN(min) || double.IsNaN(max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), "A logarithmic axis takes values above zero.");
        }

        var (low, high) = (Math.Floor(Math.Log10(min) + 1e-9), Math.Ceiling(Math.Log10(Math.Max(min, max)) - 1e-9));
        if (high <= low)
        {
            high = low + 1;
        }

        // Over up to three decades 1-2-5 steps read well; beyond that they crowd the axis.
        var steps = high - low <= 3 ? new[] { 1.0, 2, 5 } : [1.0];
        var ticks = new List<double>();
        for (var e = low; e <= high; e++)
        {
            foreach (var step in steps)
            {
                var tick = step * Math.Pow(10, e);
                if (e == high && step > 1)
                {
                    break;
                }

                ticks.Add(Math.Round(tick, 12));
            }
        }

        // Trim ticks wholly outside the data, keeping one at or below the minimum and one at or above the maximum.
        var first = ticks.FindLastIndex(t => t <= min * (1 + 1e-9));
        var last = ticks.FindIndex(t => t >= max * (1 - 1e-9));
        return ticks.GetRange(Math.Max(0, first), (last < 0 ? ticks.Count - 1 : last) - Math.Max(0, first) + 1);
    }
}
