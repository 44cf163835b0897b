using Analyzer.Analysis.Reporting;
using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Reporting;
using Analyzer.Core.Settings;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// The engine's fortnight with Compute Optimizer rows: it agrees on i-steady (m7g.medium, as ours), says i-batch is
/// optimized where we move it to Spot (an older row for i-steady is ignored); the Lambda function has no row. Cost
/// Explorer downsizes i-steady within its family where ours moves it to Graviton.
/// </summary>
public sealed class ComputeOptimizerComparisonTests : IDisposable
{
    private readonly EngineStore store = new();
    private readonly AnalysisRun run;

    public ComputeOptimizerComparisonTests()
    {
        store.LoadFortnight();
        using (var connection = store.Store.Connect())
        {
            TestCatalog.Insert(connection);
            connection.Execute("""
                INSERT INTO compute_optimizer_ec2 VALUES
                ('111111111111', 'us-east-1', 'arn:aws:ec2:us-east-1:111111111111:instance/i-steady', 'i-steady', 'm5.2xlarge',
                 'Overprovisioned', 'CPUOverprovisioned,MemoryOverprovisioned', 'm7g.medium', 1, 240.10, 85.6, 14, TIMESTAMP '2026-11-21 00:00:00', TIMESTAMP '2026-11-21 06:00:00'),
                ('111111111111', 'us-east-1', 'arn:aws:ec2:us-east-1:111111111111:instance/i-steady', 'i-steady', 'm5.2xlarge',
                 'Underprovisioned', 'CPUUnderprovisioned', 'm5.4xlarge', 1, -280, -100, 14, TIMESTAMP '2026-10-01 00:00:00', TIMESTAMP '2026-10-01 06:00:00'),
                ('111111111111', 'us-east-1', 'arn:aws:ec2:us-east-1:111111111111:instance/i-batch', 'i-batch', 'm5.large',
                 'Optimized', '', 'm5.large', 0, 0, 0, 32, TIMESTAMP '2026-11-21 00:00:00', TIMESTAMP '2026-11-21 06:00:00');
                INSERT INTO ce_rightsizing_recommendations VALUES
                ('111111111111', 'us-east-1', 'i-steady', 'steady', 'm5.2xlarge', 280.32, 'MODIFY', 'm5.large', 70.08, 210.24, 50, 9.4,
                 'CPU_OVER_PROVISIONED', 14, TIMESTAMP '2026-11-21 00:00:00', TIMESTAMP '2026-11-21 06:00:00');
                """);
        }

        run = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void Run_ComputeOptimizerRecommendsOurType_StoresAgreementWithItsNewestRow()
    {
        using var connection = store.Store.Connect();

        var agreement = connection.ExecuteScalar<string>("SELECT agreement FROM compute_optimizer_comparisons WHERE run_id = $1 AND workload_id = 'i-steady'", run.RunId);
        var savings = connection.ExecuteScalar<decimal>("SELECT estimated_monthly_savings FROM compute_optimizer_comparisons WHERE run_id = $1 AND workload_id = 'i-steady'", run.RunId);

        Assert.Equal("same", agreement);
        Assert.Equal(240.10m, savings);
    }

    [Fact]
    public void Run_ComputeOptimizerOptimizedWhereWeSchedule_DiffersWithTheReasons()
    {
        var batch = Single(run, AwsRecommender.ComputeOptimizer, "i-batch");

        Assert.Equal(ComputeOptimizerAgreement.DifferentDirection, batch.Agreement);
        Assert.Equal("ours stops it outside its active hours; ours uses 14 days, CO 32", batch.Reason);
    }

    [Fact]
    public void Run_LambdaFunctionWithoutARow_IsComparedAsNone()
    {
        var function = Single(run, AwsRecommender.ComputeOptimizer, EngineStore.Function.WorkloadId);

        Assert.Equal(ComputeOptimizerAgreement.None, function.Agreement);
    }

    [Fact]
    public void Run_CostExplorer_ComparesEveryInstanceAndNoFunction()
    {
        Assert.Equal(["i-batch", "i-steady"], run.ComputeOptimizer.Where(c => c.Recommender == AwsRecommender.CostExplorer).Select(c => c.WorkloadId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_CostExplorerKeepsTheFamilyWhereOursMovesToGraviton_IsSameDirectionWithTheReason()
    {
        var steady = Single(run, AwsRecommender.CostExplorer, "i-steady");

        Assert.Equal((ComputeOptimizerAgreement.SameDirection, "cost-explorer", "m5.large", 210.24m), (steady.Agreement, steady.Source, steady.RecommendedConfiguration, steady.EstimatedMonthlySavingsUsd));
        Assert.Equal("ours includes Graviton; CE targets the same instance family by default, ours moves m5 to m7g", steady.Reason);
    }

    [Fact]
    public void Run_CostExplorerComparison_IsStoredWithItsRecommender()
    {
        using var connection = store.Store.Connect();

        var agreement = connection.ExecuteScalar<string>(
            "SELECT agreement FROM compute_optimizer_comparisons WHERE run_id = $1 AND workload_id = 'i-steady' AND recommender = 'cost-explorer'", run.RunId);

        Assert.Equal("same-direction", agreement);
    }

    [Fact]
    public void Run_NoComputeOptimizerRows_EveryInstanceIsNone()
    {
        using (var connection = store.Store.Connect())
        {
            connection.Execute("DELETE FROM compute_optimizer_ec2");
        }

        var again = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());

        var co = again.ComputeOptimizer.Where(c => c.Recommender == AwsRecommender.ComputeOptimizer).ToArray();
        Assert.All(co, c => Assert.Equal(ComputeOptimizerAgreement.None, c.Agreement));
        Assert.Equal(3, co.Length);
    }

    [Fact]
    public void Build_ReportModel_CarriesTheComparisonAndTheCoverage()
    {
        var model = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!;

        var steady = model.Workloads.Single(w => w.WorkloadId == "i-steady").ComputeOptimizer!;

        Assert.Equal("m7g.medium", steady.RecommendedConfiguration);
        Assert.Equal("Overprovisioned", steady.Finding);
        var coverage = model.ComputeOptimizerCoverage;
        Assert.Equal((3, 2, 1, 0, 1), (coverage.Workloads, coverage.Covered, coverage.Agrees, coverage.SameDirection, coverage.DifferentDirection));
        Assert.Equal(["Ec2Instance 2/2 agrees 1", "LambdaFunction 0/1 agrees 0"], coverage.Kinds.Select(k => $"{k.Kind} {k.Covered}/{k.Workloads} agrees {k.Agrees}"));
    }

    [Fact]
    public void Build_ReportModel_CarriesCostExplorerBesideComputeOptimizer()
    {
        var model = new ReportModelBuilder(store.Store.Connect, store.Time).Build(run.RunId)!;

        var steady = model.Workloads.Single(w => w.WorkloadId == "i-steady");

        Assert.Equal(("m7g.medium", "m5.large"), (steady.ComputeOptimizer!.RecommendedConfiguration, steady.CostExplorer!.RecommendedConfiguration));
        Assert.Equal((2, 1, 0), (model.CostExplorerCoverage.Workloads, model.CostExplorerCoverage.Covered, model.CostExplorerCoverage.Agrees));
    }

    private static ComputeOptimizerComparison Single(AnalysisRun run, AwsRecommender recommender, string workloadId) =>
        run.ComputeOptimizer.Single(c => c.Recommender == recommender && c.WorkloadId == workloadId);
}
