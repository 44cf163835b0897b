using Analyzer.Collectors.Demo;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Tests.Demo;

public class DemoSamplesTests
{
    private static DemoSnapshot Demo => DemoTestData.Fortnight;

    [Fact]
    public void Samples_NinetyDays_EveryNonLambdaWorkloadHasEveryHour()
    {
        var batches = DemoTestData.Generate();
        var window = batches[0].Window;
        var counts = new Dictionary<string, int>();
        var outside = 0;
        foreach (var sample in batches.SelectMany(b => b.Samples))
        {
            counts[sample.WorkloadId] = counts.GetValueOrDefault(sample.WorkloadId) + 1;
            outside += window.Contains(sample.Hour) ? 0 : 1;
        }

        var nonLambda = batches.SelectMany(b => b.Workloads).Where(w => w.Kind != WorkloadKind.LambdaFunction).ToArray();
        Assert.All(nonLambda, w => Assert.Equal(90 * 24, counts[w.WorkloadId]));
        Assert.Equal(0, outside);
    }

    [Fact]
    public void Samples_NonLambda_ArePlausiblePercentages()
    {
        var samples = Demo.Samples.Values.SelectMany(s => s).Where(s => s.CpuAveragePercent is not null);

        Assert.All(samples, s =>
        {
            Assert.InRange(s.CpuAveragePercent!.Value, 0, s.CpuMaximumPercent!.Value);
            Assert.InRange(s.CpuMaximumPercent.Value, 0, 100);
            if (s.MemoryAveragePercent is { } memory)
            {
                Assert.InRange(memory, 0, s.MemoryMaximumPercent!.Value);
                Assert.InRange(s.MemoryMaximumPercent.Value, 0, 100);
            }
        });
    }

    [Theory]
    [InlineData(WorkloadKind.Ec2Instance)]
    [InlineData(WorkloadKind.AutoScalingGroup)]
    public void Samples_Ec2Kinds_AboutSixtyPercentReportMemory(WorkloadKind kind)
    {
        var instances = Demo.Workloads.Where(w => w.Kind == kind).ToArray();

        var reporting = instances.Count(w => Demo.SamplesOf(w)[0].MemoryAveragePercent is not null);

        Assert.InRange(reporting / (double)instances.Length, 0.5, 0.7);
    }

    [Fact]
    public void Samples_OfOneWorkload_ReportMemoryEveryHourOrNever()
    {
        Assert.All(Demo.Workloads.Where(w => w.Kind != WorkloadKind.LambdaFunction), w =>
            Assert.Single(Demo.SamplesOf(w).Select(s => s.MemoryAveragePercent is null).Distinct()));
    }

    [Fact]
    public void Samples_EcsServices_AlwaysReportMemory()
    {
        Assert.All(Demo.Workloads.Where(w => w.Kind == WorkloadKind.EcsService), w =>
            Assert.All(Demo.SamplesOf(w), s => Assert.NotNull(s.MemoryAveragePercent)));
    }

    [Theory]
    [InlineData(WorkloadKind.Ec2Instance)]
    [InlineData(WorkloadKind.AutoScalingGroup)]
    public void Samples_Ec2Kinds_HaveNetworkBytes(WorkloadKind kind)
    {
        Assert.All(Demo.Workloads.Where(w => w.Kind == kind).SelectMany(Demo.SamplesOf), s =>
        {
            Assert.True(s.NetworkInBytes > 0);
            Assert.True(s.NetworkOutBytes > 0);
        });
    }

    [Theory]
    [InlineData(WorkloadKind.AutoScalingGroup)]
    [InlineData(WorkloadKind.EcsService)]
    public void Samples_GroupsAndServices_HaveARunningCountOfAtLeastTheDesired(WorkloadKind kind)
    {
        Assert.All(Demo.Workloads.Where(w => w.Kind == kind), w =>
            Assert.All(Demo.SamplesOf(w), s => Assert.InRange(s.RunningCount!.Value, w.DesiredCount, 20)));
    }

    [Fact]
    public void Samples_Lambda_HaveInvocationsAndDurationsButNoCpu()
    {
        Assert.All(Demo.Workloads.Where(w => w.Kind == WorkloadKind.LambdaFunction).SelectMany(Demo.SamplesOf), s =>
        {
            Assert.Null(s.CpuAveragePercent);
            Assert.Null(s.RunningCount);
            Assert.True(s.Invocations >= 1);
            Assert.InRange(s.DurationAverageMs!.Value, 1, s.DurationP99Ms!.Value);
            Assert.True(s.ConcurrencyMaximum >= 1);
        });
    }

    [Fact]
    public void Samples_IdleZombies_NeverExceedOnePercentCpu()
    {
        var zombies = Demo.WithPattern(DemoPatterns.IdleZombie);

        Assert.NotEmpty(zombies);
        Assert.All(zombies.SelectMany(Demo.SamplesOf), s => Assert.InRange(s.CpuMaximumPercent!.Value, 0, 1.0));
    }

    [Fact]
    public void Samples_BusinessHours_WeekdayDaytimeMeanIsFourTimesTheNightMean()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.BusinessHours), w =>
        {
            var samples = Demo.SamplesOf(w);
            var day = samples.Where(s => IsWeekday(Local(s, w)) && Local(s, w).Hour is >= 9 and < 17).Average(s => s.CpuAveragePercent!.Value);
            var night = samples.Where(s => Local(s, w).Hour is < 6 or >= 20).Average(s => s.CpuAveragePercent!.Value);

            Assert.True(day > 4 * night, $"{w.Name}: day {day:F1}% vs night {night:F1}%");
        });
    }

    [Fact]
    public void Samples_BusinessHours_WeekendMeanIsBelowTenPercent()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.BusinessHours), w =>
            Assert.InRange(Demo.SamplesOf(w).Where(s => !IsWeekday(Local(s, w))).Average(s => s.CpuAveragePercent!.Value), 0, 10));
    }

    [Fact]
    public void Samples_NightlyBatch_PeakEveryNightBetweenOneAndSixLocal()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.NightlyBatch), w =>
        {
            var nights = Demo.SamplesOf(w).GroupBy(s => Local(s, w).Date).Where(g => g.Count() == 24);

            Assert.All(nights, n => Assert.Contains(n, s => Local(s, w).Hour is >= 1 and < 6 && s.CpuMaximumPercent >= 45));
        });
    }

    [Fact]
    public void Samples_NightlyBatch_IdleOutsideTheNight()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.NightlyBatch), w =>
            Assert.All(Demo.SamplesOf(w).Where(s => Local(s, w).Hour >= 7), s => Assert.InRange(s.CpuAveragePercent!.Value, 0, 10)));
    }

    [Fact]
    public void Workloads_NightlyBatch_IncludeShortAndFortyMinuteRuns()
    {
        var minutes = Demo.WithPattern(DemoPatterns.NightlyBatch).Select(w => int.Parse(w.Tags[DemoPatterns.BatchMinutesTag], System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Contains(minutes, m => m <= 15);
        Assert.Contains(minutes, m => m is >= 35 and <= 45);
        Assert.Contains(minutes, m => m >= 60);
    }

    [Fact]
    public void Samples_NightlyBatchGroups_ScaleOutForTheRun()
    {
        var groups = Demo.WithPattern(DemoPatterns.NightlyBatch).Where(w => w.Kind == WorkloadKind.AutoScalingGroup).ToArray();

        Assert.NotEmpty(groups);
        Assert.All(groups, w => Assert.True(Demo.SamplesOf(w).Max(s => s.RunningCount) >= 3 * w.DesiredCount));
    }

    [Fact]
    public void Samples_SpikyApi_LowMeanWithHighPeaks()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.SpikyApi), w =>
        {
            var samples = Demo.SamplesOf(w);
            var p99 = samples.Select(s => s.CpuMaximumPercent!.Value).Order().ElementAt((int)(samples.Count * 0.99));

            Assert.InRange(samples.Average(s => s.CpuAveragePercent!.Value), 0, 15);
            Assert.InRange(p99, 30, 70);
        });
    }

    [Fact]
    public void Samples_MemoryBound_HighMemoryLowCpu()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.MemoryBound), w =>
        {
            var samples = Demo.SamplesOf(w);

            Assert.InRange(samples.Average(s => s.MemoryAveragePercent!.Value), 55, 72);
            Assert.InRange(samples.Average(s => s.CpuAveragePercent!.Value), 0, 20);
        });
    }

    [Fact]
    public void Samples_OverProvisioned_AverageFiveToEightPercentCpu()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.OverProvisioned), w =>
            Assert.InRange(Demo.SamplesOf(w).Average(s => s.CpuAveragePercent!.Value), 5, 8));
    }

    [Fact]
    public void Samples_UnderProvisioned_AverageAbove85PercentCpu()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.UnderProvisioned), w =>
            Assert.InRange(Demo.SamplesOf(w).Average(s => s.CpuAveragePercent!.Value), 85, 100));
    }

    [Fact]
    public void Samples_Steady_AverageBetween15And45PercentCpu()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.Steady), w =>
            Assert.InRange(Demo.SamplesOf(w).Average(s => s.CpuAveragePercent!.Value), 15, 45));
    }

    [Fact]
    public void Samples_LambdaHighVolume_MillionsOfInvocationsAMonth()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.LambdaHighVolume), w =>
            Assert.InRange(Demo.SamplesOf(w).Sum(s => s.Invocations!.Value) * 30 / 14, 1_000_000, 30_000_000));
    }

    [Fact]
    public void Samples_LambdaLowVolume_UnderAHundredThousandInvocationsAMonth()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.LambdaLowVolume), w =>
            Assert.InRange(Demo.SamplesOf(w).Sum(s => s.Invocations!.Value) * 30 / 14, 0, 100_000));
    }

    [Fact]
    public void Samples_LambdaLongRunning_RunForMinutesWithinTheTimeout()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.LambdaLongRunning), w =>
            Assert.All(Demo.SamplesOf(w), s =>
            {
                Assert.InRange(s.DurationAverageMs!.Value, 50_000, w.LambdaTimeoutSeconds!.Value * 1000);
                Assert.InRange(s.DurationP99Ms!.Value, s.DurationAverageMs.Value, w.LambdaTimeoutSeconds!.Value * 1000);
            }));
    }

    private static DateTime Local(UtilizationSample sample, Workload workload) =>
        sample.Hour.AddHours(workload.Region == "us-east-1" ? -5 : 0);

    private static bool IsWeekday(DateTime local) => local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
