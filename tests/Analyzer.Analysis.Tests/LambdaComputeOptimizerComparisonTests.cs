using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Settings;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// The engine's fortnight with one hand-made compute_optimizer_lambda row for its function, which ours moves to arm64
/// at the same 512 MB (and, with no memory metric, never shrinks).
/// </summary>
public sealed class LambdaComputeOptimizerComparisonTests : IDisposable
{
    private readonly EngineStore store = new();

    public LambdaComputeOptimizerComparisonTests()
    {
        store.LoadFortnight();
        using var connection = store.Store.Connect();
        TestCatalog.Insert(connection);
    }

    public void Dispose() => store.Dispose();

    [Theory]
    [InlineData("NotOptimized", "MemoryOverprovisioned", 256, "same-direction", "ours includes Graviton")]
    [InlineData("Optimized", "", null, "different-direction", "ours includes Graviton")]
    [InlineData("Unavailable", "InsufficientData", null, "none", "ours includes Graviton; CO needs 50 invocations in 14 days to rate a function")]
    public void Run_ComputeOptimizerLambdaRow_IsComparedByMemory(string finding, string reasons, int? memoryMb, string agreement, string reason)
    {
        var function = Compare(finding, reasons, memoryMb);

        Assert.Equal((agreement, reason), (function.Agreement.ToName(), function.Reason));
    }

    [Fact]
    public void Run_ComputeOptimizerLambdaRecommendation_ShowsTheMemoryItRecommends()
    {
        var function = Compare("NotOptimized", "MemoryOverprovisioned", 256);

        Assert.Equal(("lambda", "256 MB"), (function.Source, function.RecommendedConfiguration));
    }

    private ComputeOptimizerComparison Compare(string finding, string reasons, int? memoryMb)
    {
        using (var connection = store.Store.Connect())
        {
            connection.Execute(
                """
                INSERT INTO compute_optimizer_lambda VALUES
                ('111111111111', 'us-east-1', $1 || ':$LATEST', 'f', '$LATEST', 512, $2, $3, $4, 1.25, 20, 14,
                 TIMESTAMP '2026-11-21 00:00:00', TIMESTAMP '2026-11-21 06:00:00', $1)
                """,
                EngineStore.Function.WorkloadId, finding, reasons, memoryMb);
        }

        // No minimum saving: the fixture's function saves cents on arm64, and these tests compare that move with CO's.
        var run = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings { MinimumMonthlySavingsUsd = 0, MinimumSavingsPercent = 0 });
        return run.ComputeOptimizer.Single(c => c.Recommender == AwsRecommender.ComputeOptimizer && c.WorkloadId == EngineStore.Function.WorkloadId);
    }
}
