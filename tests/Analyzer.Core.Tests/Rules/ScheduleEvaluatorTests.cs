using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class ScheduleEvaluatorTests
{
    // Monday 2026-11-02 00:00 UTC, two weeks of hours.
    private static readonly DateTime Start = new(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Detect_WeekdayOfficeHours_IsWeekdaysFromAnHourEarly()
    {
        // Busy 09:00-17:00 on weekdays only: the window opens an hour early, 08:00-17:00, 9 h x 5 days = 45 h a week.
        var window = ScheduleWindow.Detect(OfficeHours())!;

        Assert.Equal("weekdays 08:00-17:00 UTC", window.ToString());
        Assert.Equal(45, window.HoursPerWeek);
        Assert.Equal(1.0, window.ActiveShareInside);
    }

    [Fact]
    public void Detect_NightlyRunPastMidnight_IsADailyWindowThatWraps()
    {
        // Busy 23:00-01:59 every day: daily 22:00-02:00.
        var hours = Enumerable.Range(0, 336).Select(i => Start.AddHours(i))
            .Select(h => new DemandHour(h, 1, 1, 1, h.Hour is 23 or 0 or 1)).ToArray();

        Assert.Equal("daily 22:00-02:00 UTC", ScheduleWindow.Detect(hours)!.ToString());
    }

    [Fact]
    public void Evaluate_BusinessHoursInstance_PaysOnlyForTheScheduledHours()
    {
        // m5.large, 0.096 x 730 = 70.08 a month today. Scheduled: 2 weeks x 5 days x 9 h = 90 of 336 observed hours,
        // 730 x 90 / 336 = 195.5357 h a month x 0.096 = 18.7714; it saves 51.3086.
        var profile = TestWorkloads.Steady(2, 40, 30, 4) with { Shape = DemandShape.BusinessHours, Hours = OfficeHours() };
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), profile, 70.08m);

        var option = ScheduleEvaluator.Evaluate(context, new AnalysisSettings());

        Assert.Equal("schedule:weekdays-08-9h", option.Option);
        Assert.Equal(18.7714m, Math.Round(option.MonthlyCost!.Value, 4));
        Assert.Equal(195.5357, option.Target!.MonthlyHours, 4);
        Assert.Equal((Risk.Low, Effort.Low), (option.Risk, option.Effort));
        Assert.Contains("AWS Instance Scheduler", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FlatWorkload_IsNotScheduled()
    {
        var profile = TestWorkloads.Steady(2, 40, 30, 4) with { Hours = OfficeHours() };
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), profile, 70.08m);

        Assert.False(ScheduleEvaluator.Evaluate(context, new AnalysisSettings()).Feasible);
    }

    private static DemandHour[] OfficeHours() => [.. Enumerable.Range(0, 336).Select(i => Start.AddHours(i)).Select(h =>
        new DemandHour(h, 0.8, 0.6, 1, h.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && h.Hour is >= 9 and < 17))];
}
