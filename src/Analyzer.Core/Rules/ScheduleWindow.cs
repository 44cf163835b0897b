using System.Globalization;
using Analyzer.Core.Profiles;

namespace Analyzer.Core.Rules;

/// <summary>
/// The hours a workload must run, as AWS Instance Scheduler periods are written: every day or weekdays only, from a
/// start hour for a number of hours (wrapping past midnight for a nightly window), UTC.
/// </summary>
/// <param name="WeekdaysOnly">Monday to Friday only.</param>
/// <param name="StartHour">First hour of the window, 0-23.</param>
/// <param name="Length">Hours in the window, 1-24.</param>
/// <param name="ActiveShareInside">Share (0-1) of the observed active hours that fall inside the window.</param>
public sealed record ScheduleWindow(bool WeekdaysOnly, int StartHour, int Length, double ActiveShareInside)
{
    /// <summary>Hours a week the window is open.</summary>
    public int HoursPerWeek => Length * (WeekdaysOnly ? 5 : 7);

    public bool Contains(DateTime hour)
    {
        if (WeekdaysOnly && hour.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        return ((hour.Hour - StartHour + 24) % 24) < Length;
    }

    /// <summary>"weekdays 07:00-19:00 UTC" or "daily 21:00-06:00 UTC".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(WeekdaysOnly ? "weekdays" : "daily")} {StartHour:00}:00-{(StartHour + Length) % 24:00}:00 UTC");

    /// <summary>
    /// The window that holds the workload's active hours: the hours of the day active on at least
    /// <paramref name="minimumDayShare"/> of the days (weekdays only when weekends hold under 1% of active hours),
    /// as one span around the day (the largest quiet gap is left out), opened an hour early for start-up.
    /// Null without active hours.
    /// </summary>
    public static ScheduleWindow? Detect(IReadOnlyList<DemandHour> hours, double minimumDayShare = 0.1)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var active = hours.Where(h => h.Active).ToArray();
        if (active.Length == 0)
        {
            return null;
        }

        var weekend = active.Count(h => h.Hour.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        var weekdaysOnly = weekend < 0.01 * active.Length;
        var days = hours.Where(h => !weekdaysOnly || h.Hour.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(h => h.Hour.Date).Distinct().Count();
        var perHour = new int[24];
        foreach (var h in active)
        {
            perHour[h.Hour.Hour]++;
        }

        var on = Enumerable.Range(0, 24).Select(h => perHour[h] > 0 && perHour[h] >= minimumDayShare * days).ToArray();
        if (!on.Any(x => x))
        {
            on = [.. perHour.Select(c => c > 0)];
        }

        // The largest circular run of off hours is what the schedule stops; everything else is one window.
        int gapStart = 0, gapLength = 0;
        for (var start = 0; start < 24; start++)
        {
            var length = 0;
            while (length < 24 && !on[(start + length) % 24])
            {
                length++;
            }

            if (length > gapLength)
            {
                (gapStart, gapLength) = (start, length);
            }
        }

        var windowStart = (gapStart + gapLength) % 24;
        var windowLength = 24 - gapLength;
        if (windowLength < 24)
        {
            // An hour early, for instances and tasks to start before the work does.
            windowStart = (windowStart + 23) % 24;
            windowLength++;
        }

        var window = new ScheduleWindow(weekdaysOnly, windowStart, windowLength, 0);
        var inside = active.Count(h => window.Contains(h.Hour));
        return window with { ActiveShareInside = (double)inside / active.Length };
    }
}
