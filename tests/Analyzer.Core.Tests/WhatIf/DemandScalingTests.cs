using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.WhatIf;

namespace Analyzer.Core.Tests.WhatIf;

public class DemandScalingTests
{
    [Fact]
    public void Scale_TrafficTimesTwo_DoublesTheCpuToSizeForButNotTheMemory()
    {
        // 4 vCPUs at 25% = 1 vCPU at p99.5; x2 = 2 vCPUs; + 20% headroom = 2.4 vCPUs. Memory max 6 GiB + 20% = 7.2 GiB either way.
        var profile = TestWorkloads.Steady(4, 25, 10, 6);

        var requirement = DemandRequirement.From(DemandScaling.Scale(profile, 2), new AnalysisSettings(), 4, 16);

        Assert.Equal((2.4, 7.2), (Math.Round(requirement.Vcpu, 9), Math.Round(requirement.MemoryGib, 9)));
    }

    [Fact]
    public void Scale_Function_ScalesInvocationsAndConcurrency()
    {
        var profile = TestWorkloads.Steady(1, 50, 20, 1) with { MonthlyInvocations = 1_000_000, ConcurrencyMax = 12 };

        var scaled = DemandScaling.Scale(profile, 1.5);

        Assert.Equal((1_500_000.0, 18.0), (scaled.MonthlyInvocations, scaled.ConcurrencyMax));
    }

    [Fact]
    public void Scale_HourlySeries_ScalesCpuAndKeepsTheUnitsThatRan()
    {
        var hour = new DemandHour(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1.5, 1.0, 3, true);
        var profile = TestWorkloads.Steady(2, 50, 40, 4) with { Hours = [hour] };

        var scaled = Assert.Single(DemandScaling.Scale(profile, 2).Hours!);

        Assert.Equal((3.0, 2.0, 3.0), (scaled.CpuPeakVcpu, scaled.CpuAverageVcpu, scaled.RunningUnits));
    }
}
