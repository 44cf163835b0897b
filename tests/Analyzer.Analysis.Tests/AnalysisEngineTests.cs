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
    public void Run_NightlyBatch_IsScheduledAndNeverOfferedABurstableType()
    {
        // A nightly batch runs its hours and stops: the schedule saves more than any size or Spot running all month,
        // and no burstable type is offered to it (it runs above baseline for hours at a time).
        var evaluation = run.Evaluations.Single(e => e.WorkloadId == "i-batch");
        var chosen = evaluation.Recommendation.Chosen;

        Assert.Equal(OptionFamily.Schedule, chosen.Family);
        Assert.True(chosen.Target!.MonthlyHours < 730);
        Assert.DoesNotContain(evaluation.Options, o => o.Feasible && o.Target?.InstanceType is { } t && t.StartsWith('t'));
        Assert.All(evaluation.Options.Where(o => o.Feasible && o.Family is OptionFamily.Ec2Spot or OptionFamily.Ec2Rightsized),
            o => Assert.True(o.MonthlyCost > chosen.MonthlyCost));
    }

    [Fact]
    public void Run_Function_MovesToArmOnlyWhereTheSavingIsWorthIt()
    {
        // The fixture's function saves under a dollar a month on arm64: kept as is under the default minimum.
        var evaluation = run.Evaluations.Single(e => e.WorkloadId == EngineStore.Function.WorkloadId);
        var arm = evaluation.Options.Single(o => o.Option == "graviton:lambda-arm64");

        Assert.True(arm.MonthlySavings is > 0 and < 1m);
        Assert.Equal(OptionFamily.Current, evaluation.Recommendation.Chosen.Family);
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
