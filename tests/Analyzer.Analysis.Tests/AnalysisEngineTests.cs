using Analyzer.Core.Options;
using Analyzer.Core.Settings;

namespace Analyzer.Analysis.Tests;

public sealed class AnalysisEngineTests : IDisposable
{
    private readonly EngineStore store = new();
    private readonly AnalysisRun run;

    public AnalysisEngineTests()
    {
        store.LoadFortnight();
        using (var connection = store.Store.Connect())
        {
            TestCatalog.Insert(connection);
        }

        run = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());
    }

    public void Dispose() => store.Dispose();

    private OptionResult Chosen(string workloadId) => run.Evaluations.Single(e => e.WorkloadId == workloadId).Recommendation.Chosen;

    [Fact]
    public void Run_UsesNewestPricesNotAfterTheWindow()
    {
        // The 2026-12-01 price of 9.999 for m5.2xlarge is after the window: current stays 0.384 x 730.
        var current = run.Evaluations.Single(e => e.WorkloadId == "i-steady").Options.Single(o => o.Family == OptionFamily.Current);

        Assert.Equal(280.32m, current.MonthlyCost);
        Assert.Equal(new DateOnly(2026, 9, 24), run.PriceAsOf);
    }

    [Fact]
    public void Run_SteadyM52xlarge_RecommendsGravitonM7gMedium()
    {
        // Need 0.64 x 1.2 = 0.768 vCPU and 3.6 GiB, mean 0.48: t4g.medium's 0.4 baseline is too low.
        var chosen = Chosen("i-steady");

        Assert.Equal("graviton:m7g.medium", chosen.Option);
        Assert.Equal(29.784m, chosen.MonthlyCost);
    }

    [Fact]
    public void Run_NightlyBatch_GetsSpotOnTheRightsizedType()
    {
        // Need 2 x 0.7 x 1.2 = 1.68 vCPU and (no memory metric) 8 GiB; mean 0.1675 vCPU fits t3.large's 0.6 baseline.
        // Batch shape makes it interruption-tolerant: Spot t3.large 0.0409 x 730, band 5-10% (medium risk).
        var chosen = Chosen("i-batch");

        Assert.Equal("ec2-spot:t3.large", chosen.Option);
        Assert.Equal(29.857m, chosen.MonthlyCost);
    }

    [Fact]
    public void Run_Function_MovesToArm()
    {
        Assert.Equal("graviton:lambda-arm64", Chosen(EngineStore.Function.WorkloadId).Option);
    }

    [Fact]
    public void Run_FleetSavingsPlan_CommitsToTheSteadyGravitonSpend()
    {
        // Only the steady instance stays on-demand EC2: 0.0408 $/h every hour; compute 1y no upfront rate 0.03.
        var plan = run.SavingsPlans.Single(p => p.Offer.Plan == "compute" && p.Offer.TermYears == 1 && p.Offer.Payment == "no");

        Assert.Equal(0.03m, plan.Optimum.HourlyCommitment);
        Assert.Equal(Math.Round((0.0408m - 0.03m) * 730, 6), Math.Round(plan.Optimum.MonthlyNetSavings, 6));
    }

    [Fact]
    public void Run_WritesOneRecommendationPerWorkloadUnderTheRunId()
    {
        using var connection = store.Store.Connect();

        var count = connection.ExecuteScalar<long>("SELECT count(*) FROM recommendations WHERE run_id = $1", run.RunId);
        var status = connection.ExecuteScalar<string>("SELECT status FROM analysis_runs WHERE run_id = $1", run.RunId);
        var options = connection.ExecuteScalar<long>("SELECT count(*) FROM workload_options WHERE run_id = $1", run.RunId);

        Assert.Equal(3, count);
        Assert.Equal("succeeded", status);
        Assert.Equal(run.Evaluations.Sum(e => e.Options.Count), options);
    }

    [Fact]
    public void Run_StoresTheSettingsUsed()
    {
        using var connection = store.Store.Connect();

        var json = connection.ExecuteScalar<string>("SELECT settings_json FROM analysis_runs WHERE run_id = $1", run.RunId)!;

        Assert.Equal(14, AnalysisSettingsReader.Parse(json).LookbackDays);
    }
}
