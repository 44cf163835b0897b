using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;

namespace Analyzer.Analysis.Tests;

public sealed class ProfileReaderTests : IDisposable
{
    private readonly EngineStore store = new();
    private readonly Dictionary<string, DemandProfile> profiles;
    private readonly List<Core.SavingsPlans.FleetDemandHour> demand;

    public ProfileReaderTests()
    {
        store.LoadFortnight();
        using var connection = store.Store.Connect();
        var settings = new AnalysisSettings();
        var workloads = ProfileReader.Workloads(connection, settings).ToDictionary(w => w.WorkloadId);
        using var staged = ProfileReader.StageWindow(connection, EngineStore.Window);
        (profiles, demand) = ProfileReader.Profiles(connection, EngineStore.Window, settings, workloads);
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void Profiles_SteadyInstance_DemandWeighsEachObservedHourOne()
    {
        // The fleet series' demand comes from the same hourly rows: an EC2 instance weighs 1 in every hour it
        // reported, at the hour's index from the window's start (the window is the fortnight's 336 hours).
        var hours = demand.Where(d => d.WorkloadId == "i-steady").ToList();

        Assert.Equal(336, hours.Count);
        Assert.All(hours, h => Assert.Equal(1.0, h.Weight));
        Assert.Equal(Enumerable.Range(0, 336), hours.Select(h => h.Hour));
    }

    [Fact]
    public void Profiles_SteadyInstance_CountsOnlyHoursInTheWindow()
    {
        var p = profiles["i-steady"];

        Assert.Equal(336, p.HoursObserved);
        Assert.Equal(100, p.CoveragePercent, 9);
    }

    [Fact]
    public void Profiles_SteadyInstance_P995IgnoresTheOneSpikeButMaxDoesNot()
    {
        // 335 hourly maxima of 8% and one of 50%: quantile_cont(0.995) sits at position 333.3 of 0..335, still 8%.
        var p = profiles["i-steady"];

        Assert.Equal(0.64, p.CpuP995Vcpu!.Value, 9);
        Assert.Equal(4.0, p.CpuMaxVcpu!.Value, 9);
        Assert.Equal(0.48, p.CpuMeanVcpu!.Value, 9);
        Assert.Equal(50, p.CpuMaxPercent!.Value, 9);
    }

    [Fact]
    public void Profiles_SteadyInstance_MemoryInGib()
    {
        var p = profiles["i-steady"];

        Assert.Equal(3.0, p.MemoryMaxGib!.Value, 9);
        Assert.True(p.HasMemoryMetric);
    }

    [Fact]
    public void Profiles_SteadyInstance_WeekShareAndShape()
    {
        // Two full weeks: 10 weekdays x 10 office hours of 336; 8 night hours of every 24.
        var p = profiles["i-steady"];

        Assert.Equal(100.0 / 336, p.BusinessHoursShare!.Value, 9);
        Assert.Equal(1.0 / 3, p.NightShare!.Value, 9);
        Assert.Equal(1.0, p.ActiveHoursFraction, 9);
        Assert.Equal(DemandShape.Flat, p.Shape);
    }

    [Fact]
    public void Profiles_NightlyBatch_IsClassifiedWithRunLengthAsUnitOfWork()
    {
        var p = profiles["i-batch"];

        Assert.Equal(42.0 / 336, p.ActiveHoursFraction, 9);
        Assert.Equal(3.0, p.MeanActiveRunHours!.Value, 9);
        Assert.Equal(DemandShape.NightlyBatch, p.Shape);
        Assert.Equal(10_800, p.UnitOfWorkSeconds);
        Assert.False(p.HasMemoryMetric);
    }

    [Fact]
    public void Profiles_Function_ScalesInvocationsToA730HourMonth()
    {
        // 100 an hour for 336 hours = 33,600; x 730 / 336 = 73,000.
        var p = profiles[EngineStore.Function.WorkloadId];

        Assert.Equal(73_000, p.MonthlyInvocations!.Value, 6);
        Assert.Equal(120, p.DurationAverageMs!.Value, 9);
        Assert.Null(p.CpuMaxVcpu);
    }
}
