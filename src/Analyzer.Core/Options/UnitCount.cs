using System.Globalization;

namespace Analyzer.Core.Options;

/// <summary>
/// How many whole instances or tasks an option runs: the fewest and most in any hour it runs, and the average over
/// those hours (the only number that may be fractional, always shown as an average).
/// </summary>
public sealed record UnitCount(int Min, int Max, double Average)
{
    public static UnitCount Fixed(int units) => new(units, units, units);

    /// <summary>The whole-unit summary of an hourly series (hours at 0 units count as not running).</summary>
    public static UnitCount Of(IReadOnlyList<int> hourly)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        return Of(hourly as int[] ?? [.. hourly], out _);
    }

    /// <summary>The whole-unit summary of an hourly series, and <paramref name="running"/>: the hours above 0 units.</summary>
    internal static UnitCount Of(ReadOnlySpan<int> hourly, out int running)
    {
        // One pass over a span: the rightsizers call this for every candidate size of every workload. The average is
        // the integer sum over the count, as Enumerable.Average gives it.
        int count = 0, min = int.MaxValue, max = int.MinValue;
        long sum = 0;
        foreach (var units in hourly)
        {
            if (units > 0)
            {
                count++;
                sum += units;
                min = Math.Min(min, units);
                max = Math.Max(max, units);
            }
        }

        running = count;
        return count == 0 ? Fixed(0) : new UnitCount(min, max, (double)sum / count);
    }

    public bool IsFixed => Min == Max;

    /// <summary>"3" or "2-7 (avg 3.4)".</summary>
    public override string ToString() => IsFixed
        ? Max.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max} (avg {Average:0.0})");

    /// <summary>"3 x m5.large" or "2-7 x c6g.large (avg 3.4)".</summary>
    public string Times(string size) => IsFixed
        ? string.Create(CultureInfo.InvariantCulture, $"{Max} x {size}")
        : string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max} x {size} (avg {Average:0.0})");
}
