using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class BatchFargateTests
{
    [Fact]
    public void Evaluate_NightlyBatchGroup_PaysForTheTasksEachActiveHourNeeds()
    {
        // Two weeks; each night 6 m5.large run at 01:00 and 3 at 02:00, each unit peaking at 1.5 vCPU; otherwise 1 idles.
        // Fleet CPU at 01:00 is 9 vCPU, at 02:00 4.5; x 1.2 = 10.8 and 5.4. Each task needs 2 x 1.2 = 2.4 GB at least.
        // Per active night: 2 vCPU/4 GB (0.09874 $/h) needs 6 + 3 = 9 tasks = 0.88866 $; 1 vCPU/3 GB (0.053815) needs
        // 11 + 6 = 17 = 0.91486; 4 vCPU/8 GB (0.19748) 3 + 2 = 5 = 0.9874; 0.5 vCPU/3 GB (0.033575) 22 + 11 = 33 = 1.107975.
        // 28 active of 336 observed hours = 730 x 28 / 336 = 60.8333 h a month at 126 / 28 = 4.5 tasks on average:
        // 273.75 task-hours x 0.09874 = 27.030075.
        var start = new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);
        var hours = Enumerable.Range(0, 336).Select(i => start.AddHours(i)).Select(h => h.Hour switch
        {
            1 => new DemandHour(h, 1.5, 1.2, 6, true),
            2 => new DemandHour(h, 1.5, 1.2, 3, true),
            _ => new DemandHour(h, 0.02, 0.02, 1, false),
        }).ToArray();
        var profile = TestWorkloads.Steady(2, 75, 5, 2) with
        {
            Shape = DemandShape.NightlyBatch, RunningCountMin = 1, RunningCountMean = 1.25, RunningCountMax = 6,
            FleetCpuP995Vcpu = 9, FleetCpuMaxVcpu = 9, ActiveHoursFraction = 28 / 336.0, Hours = hours,
        };
        var context = TestWorkloads.Context(TestWorkloads.Asg("m5.large", 2, 8, 1), profile, 100m);

        var option = FargateEvaluator.Evaluate(context, TestPrices.FargateX86, "x86_64", spot: false, new AnalysisSettings());

        Assert.Equal("fargate:x86_64:2vcpu-4gb", option.Option);
        Assert.Equal(new UnitCount(3, 6, 4.5), option.Target!.Units);
        Assert.Equal(60.8333, option.Target.MonthlyHours, 4);
        Assert.Equal(27.030075m, Math.Round(option.MonthlyCost!.Value, 6));
    }
}
