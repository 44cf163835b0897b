using Analyzer.Core.Options;
using Analyzer.Core.Profiles;

namespace Analyzer.Core.Rules;

/// <summary>
/// An option's whole units in every observed hour (0 when it does not run) and what that costs a 730-hour month:
/// the observed hours are scaled to the month, so an option that runs 40 of 720 observed hours runs 40.6 h a month.
/// </summary>
/// <param name="Hourly">Units per observed hour, oldest first; null when the profile had no hourly series.</param>
/// <param name="Units">Fewest and most units in the hours it runs, and their average.</param>
/// <param name="MonthlyHours">Hours a month it runs.</param>
public sealed record UnitSeries(IReadOnlyList<int>? Hourly, UnitCount Units, double MonthlyHours)
{
    /// <summary>Unit-hours a month: the quantity an hourly rate is multiplied by.</summary>
    public decimal MonthlyUnitHours => (decimal)(Units.Average * MonthlyHours);

    /// <summary>The same units every hour of the month.</summary>
    public static UnitSeries Always(int units) => new(null, UnitCount.Fixed(units), (double)Billing.HoursPerMonth);

    /// <summary>The series of units <paramref name="unitsFor"/> gives each observed hour.</summary>
    public static UnitSeries From(IReadOnlyList<DemandHour> hours, Func<DemandHour, int> unitsFor)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(unitsFor);
        if (hours.Count == 0)
        {
            return new UnitSeries([], UnitCount.Fixed(0), 0);
        }

        var hourly = new int[hours.Count];
        for (var i = 0; i < hours.Count; i++)
        {
            hourly[i] = Math.Max(0, unitsFor(hours[i]));
        }

        return FromUnits(hourly);
    }

    /// <summary>The series of the whole units (none negative) already worked out for each observed hour.</summary>
    internal static UnitSeries FromUnits(int[] hourly)
    {
        if (hourly.Length == 0)
        {
            return new UnitSeries([], UnitCount.Fixed(0), 0);
        }

        var units = UnitCount.Of(hourly, out var running);
        return new UnitSeries(hourly, units, (double)Billing.HoursPerMonth * running / hourly.Length);
    }

    /// <summary>Whole units that cover <paramref name="need"/> with units of <paramref name="unit"/> each (0 for no need).</summary>
    public static int UnitsFor(double need, double unit) => need <= 0 || unit <= 0 ? 0 : (int)Math.Ceiling((need / unit) - 1e-9);

    /// <summary>Today's units: each hour's running count rounded to whole units.</summary>
    public static UnitSeries Current(DemandProfile profile, int desiredCount)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Hours is { Count: > 0 } hours
            ? From(hours, h => (int)Math.Round(h.RunningUnits, MidpointRounding.AwayFromZero))
            : Always(Math.Max(1, (int)Math.Round(profile.RunningCountMean > 0 ? profile.RunningCountMean : desiredCount, MidpointRounding.AwayFromZero)));
    }
}
