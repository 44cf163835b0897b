using System.Globalization;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// A run reads and evaluates the fleet a batch of workloads at a time (<see cref="AnalysisEngine.BatchSize"/>), so its
/// memory follows the batch, each batch read while the one before is evaluated; the answer must not depend on the
/// batches: every option, choice, commitment and stored hourly unit equals the one-batch run's.
/// </summary>
public sealed class BatchedAnalysisTests(DemoRun demo) : IClassFixture<DemoRun>
{
    [Fact]
    public void Batches_KeysWithGaps_EachBatchHoldsAtMostTheSizeInScopeInKeyOrder()
    {
        // Keys 0..7: 0 is never a key (row_number starts at 1); 3 and 6 are out of scope.
        string?[] ids = [null, "a", "b", null, "c", "d", null, "e"];

        var batches = ProfileReader.Batches(ids, 2);

        // a,b in 0..3 (the gap at 3 ends with the batch that precedes c); c,d in 4..6; e in 7..7.
        Assert.Equal([new KeyRange(0, 3), new KeyRange(4, 6), new KeyRange(7, 7)], batches);
        Assert.Equal([new KeyRange(0, 7)], ProfileReader.Batches(ids, 5));
        Assert.Empty(ProfileReader.Batches([null, null], 3));
    }

    [Fact]
    public void Run_DemoInBatchesOf37_EqualsTheOneBatchRun()
    {
        var batched = new AnalysisEngine(demo.Connect, new FixedTime(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero))) { BatchSize = 37 }
            .Run(new AnalysisSettings());

        Assert.True(demo.Workloads > 37 * 10, "the demo must span many batches");
        Assert.Equal(demo.Run.Evaluations.Select(Describe), batched.Evaluations.Select(Describe));
        var (one, many) = (demo.Run.Commitments!, batched.Commitments!);
        Assert.Equal(one.Portfolio?.HourlyCommitment, many.Portfolio?.HourlyCommitment);
        Assert.Equal(one.Portfolio?.MonthlyNetSavings, many.Portfolio?.MonthlyNetSavings);
        Assert.Equal(one.Best?.HourlyCommitment, many.Best?.HourlyCommitment);
        Assert.Equal(one.Best?.MonthlyNetSavings, many.Best?.MonthlyNetSavings);
        Assert.Equal(one.Recommended.MonthlyUsd, many.Recommended.MonthlyUsd);
        Assert.Equal(one.Current!.MonthlyUsd, many.Current!.MonthlyUsd);
        Assert.Equal(HourlyUnits(demo.Run.RunId), HourlyUnits(batched.RunId));
        Assert.NotEmpty(HourlyUnits(batched.RunId));
    }

    [Fact]
    public void Run_CancelledAfterTheFirstBatch_LeavesTheStoreAsItWas()
    {
        var before = Rows();
        using var cancel = new CancellationTokenSource();
        var engine = new AnalysisEngine(demo.Connect, new FixedTime(new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero)))
        {
            BatchSize = 37,
            // The second batch is being read when the first is evaluated: the cancel lands with a read under way.
            BatchEvaluated = batch => { if (batch == 0) { cancel.Cancel(); } },
        };

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Run(new AnalysisSettings(), cancellationToken: cancel.Token));

        Assert.Equal(before, Rows());
        // The store is usable after it: the same run again, uncancelled, writes one run more.
        var again = new AnalysisEngine(demo.Connect, new FixedTime(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero))) { BatchSize = 37 }.Run(new AnalysisSettings());
        Assert.Equal(demo.Run.Evaluations.Select(Describe), again.Evaluations.Select(Describe));
    }

    [Fact]
    public void Run_DemoInBatches_KeepsOnlyTheChosenOptionsHourlyUnits()
    {
        var kept = demo.Run.Evaluations.SelectMany(e => e.Options.Where(o => o.Target?.HourlyUnits is not null).Select(o => (e, o))).ToList();

        Assert.NotEmpty(kept);
        Assert.All(kept, x => Assert.Same(x.e.Recommendation.Chosen.Target!.HourlyUnits, x.o.Target!.HourlyUnits));
    }

    private static string Describe(WorkloadEvaluation e) => string.Join(
        " | ",
        e.Options.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Option} {o.MonthlyCost} {o.MonthlySavings} {o.Feasible} {o.Reason}"))
            .Prepend(string.Create(CultureInfo.InvariantCulture, $"{e.WorkloadId} chose {e.Recommendation.Chosen.Option} commit {e.Recommendation.Commitment?.Option} {e.Recommendation.Commitment?.MonthlyCost} ({e.Recommendation.Reason})")));

    // Rows per table a run writes, and the runs (each table's count; a failed run must add none).
    private List<string> Rows()
    {
        string[] tables =
        [
            "analysis_runs", "workload_profiles", "workload_options", "recommendations", "option_hourly_series", "savings_plan_results",
            "savings_plan_curve", "commitment_candidates", "commitment_portfolios", "commitment_portfolio_layers", "commitment_series",
            "commitment_totals", "compute_optimizer_comparisons", "node_pool_fleets", "savings_plan_held_applied",
        ];
        using var connection = demo.Connect();
        return [.. tables.Select(t => $"{t} {connection.ExecuteScalar<long>($"SELECT count(*) FROM {t}")}")];
    }

    // Per workload and option: hours stored, units summed, first and last hour.
    private List<string> HourlyUnits(string runId)
    {
        using var connection = demo.Connect();
        using var reader = connection.ExecuteReader(
            "SELECT workload_id, option, count(*) AS n, sum(units) AS units, min(hour) AS first, max(hour) AS last FROM option_hourly_units WHERE run_id = $run_id GROUP BY ALL ORDER BY ALL",
            new Dictionary<string, object?> { ["run_id"] = runId });
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)} {reader.GetString(1)} {reader.GetValue(2)} {reader.GetValue(3)} {reader.GetDateTime(4):O} {reader.GetDateTime(5):O}"));
        }

        return rows;
    }
}
