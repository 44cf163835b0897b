using Analyzer.Core.Ingest;
using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// The window's hours when a second source reports some of the same hours: only the workloads with repeated hours
/// are regrouped (queries/analysis/profile/window_repeated.sql), every other workload's rows pass straight through.
/// </summary>
public sealed class ProfileSourceMergeTests : IDisposable
{
    private readonly EngineStore store = new();
    private readonly Dictionary<string, DemandProfile> profiles;

    public ProfileSourceMergeTests()
    {
        store.LoadFortnight();
        // A second source for i-steady's first ten hours (avg 10%, max 20%), and one i-batch row half past an hour.
        var window = EngineStore.Window;
        store.Store.Load(new IngestBatch(
            "second-source",
            window,
            ["111111111111"],
            [new Account("111111111111", "prod")],
            [],
            [
                .. Enumerable.Range(0, 10).Select(h => new UtilizationSample("i-steady", window.Start.AddHours(h), 10, 20, null, null, null, null, null, null, null, null, null)),
                new UtilizationSample("i-batch", window.Start.AddMinutes(30), 1, 1, null, null, null, null, null, null, null, null, null),
            ],
            []));
        using var connection = store.Store.Connect();
        var settings = new AnalysisSettings();
        var workloads = ProfileReader.Workloads(connection, settings).ToDictionary(w => w.WorkloadId);
        using var staged = ProfileReader.StageWindow(connection, window);
        (profiles, _) = ProfileReader.Profiles(connection, window, settings, workloads);
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void Profiles_HourFromTwoSources_IsOneHourWithAveragesAveragedAndPeaksMaxed()
    {
        // 336 hours, not 346. Hours 0-9: avg (6 + 10) / 2 = 8%, peak max(8, 20) = 20%; hours 10-335: avg 6%, peak 8%
        // (hour 100: 50%). Mean = (10 x 8 + 326 x 6) / 336 = 2,036 / 336 % of 8 vCPUs.
        // Peaks sorted: 325 x 8%, 10 x 20%, 1 x 50%. p90 at position 0.90 x 335 = 301.5: 8% = 0.64 vCPU;
        // p99 at 331.65, between positions 331 and 332, both 20%: 1.6 vCPU.
        var p = profiles["i-steady"];

        Assert.Equal(336, p.HoursObserved);
        Assert.Equal(2036.0 / 336 * 8 / 100, p.CpuMeanVcpu!.Value, 9);
        Assert.Equal(0.64, p.CpuP90Vcpu!.Value, 9);
        Assert.Equal(1.6, p.CpuP99Vcpu!.Value, 9);
        Assert.Equal(4.0, p.CpuMaxVcpu!.Value, 9);
        Assert.Equal(336, p.Hours!.Count);
        Assert.Equal(1.6, p.Hours[0].CpuPeakVcpu!.Value, 9);
        Assert.Equal(0.64, p.Hours[0].CpuAverageVcpu!.Value, 9);
        Assert.Equal(0.64, p.Hours[10].CpuPeakVcpu!.Value, 9);
    }

    [Fact]
    public void Profiles_RowOffTheHour_StaysApartFromTheHourItFallsIn()
    {
        // The half-past row shares its hour's bit and sends i-batch through the regrouping, which keeps it apart
        // (337 observed rows), as the profile did before the regrouping was skipped for unrepeated hours.
        var p = profiles["i-batch"];

        Assert.Equal(337, p.HoursObserved);
        Assert.Equal(337, p.Hours!.Count);
        Assert.Equal(14, ProfileReader.ActiveRuns(p.Hours));
    }

    [Fact]
    public void ActiveRuns_GapInTheObservedHours_StartsANewRun()
    {
        // Active at 00, 01, (02 not observed), 03, then idle at 04 and active at 05: three runs (00-01, 03, 05).
        var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        DemandHour At(int h, bool active) => new(start.AddHours(h), 1, 1, 1, active);

        Assert.Equal(3, ProfileReader.ActiveRuns([At(0, true), At(1, true), At(3, true), At(4, false), At(5, true)]));
        Assert.Equal(0, ProfileReader.ActiveRuns([At(0, false), At(1, false)]));
        Assert.Equal(1, ProfileReader.ActiveRuns([At(0, true), At(1, true), At(2, true)]));
    }
}
