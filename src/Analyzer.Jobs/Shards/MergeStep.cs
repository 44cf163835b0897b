using System.Globalization;
using Analyzer.Collectors;
using Analyzer.Jobs.Progress;
using Analyzer.Storage;
using Analyzer.Storage.Shards;

namespace Analyzer.Jobs.Shards;

/// <summary>
/// The first half of a merge job: reads every shard of the run's period (downloading them from S3 when they are
/// there), checks they are all there once each (<see cref="ShardSet"/>), and replaces the store's collected tables
/// with theirs in one transaction (<see cref="ShardMerge"/>). The fleet-wide analysis and the reports follow in
/// <see cref="Run.RunJob.MergeAsync"/>.
/// </summary>
public static class MergeStep
{
    public static async Task<MergeOutcome> RunAsync(JobContext context, AnalyzerStore store, ShardRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(run);
        var files = run.Files();
        var periodFolder = ShardLayout.PeriodFolder(run.Period);
        var scratch = Directory.CreateTempSubdirectory("analyzer-merge-").FullName;
        try
        {
            string local;
            try
            {
                local = await files.FetchAsync(periodFolder, scratch, cancellationToken);
            }
            catch (CollectorException ex)
            {
                await context.Error.WriteLineAsync($"merge failed: reading the shards under {files.Describe(periodFolder)} failed: {ex.Message}");
                return new MergeOutcome(JobStatus.CollectionFailed, 0, new Dictionary<string, long>());
            }

            var set = ShardSet.Read(local, run.Period, run.ExpectedShards, files.Describe);
            if (set.Problems.Count > 0)
            {
                await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"merge failed: the shards of {periodFolder} under {run.Uri} cannot be merged ({set.Problems.Count} problem(s)); nothing was changed:"));
                foreach (var problem in set.Problems)
                {
                    await context.Error.WriteLineAsync("  " + TerminalText.Sanitize(problem));
                }

                return new MergeOutcome(JobStatus.ShardsIncomplete, 0, new Dictionary<string, long>());
            }

            var rows = new ShardMerge(store).Replace(set.Files);
            var failures = set.Manifests.Sum(m => m.CollectionFailures);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"merged {set.Manifests.Count} shard(s) of {periodFolder}: {rows["accounts"]} account(s), {rows["workloads"]} workload(s), {rows["utilization_hourly"]} hourly sample(s), {rows["cost_daily"]} cost line(s); {failures} collection failure(s) in the shards"));
            return new MergeOutcome(JobStatus.Succeeded, failures, rows);
        }
        finally
        {
            ShardStep.TryDelete(scratch);
        }
    }

    /// <summary>
    /// Writes the analysis run's results in the history layout (docs/history.md) and puts them under
    /// <c>&lt;uri&gt;/tables/</c>, one folder per table, period and account. A failed write or upload is
    /// <see cref="JobStatus.ReportFailed"/>.
    /// </summary>
    public static async Task<JobStatus> WriteHistoryAsync(JobContext context, AnalyzerStore store, ShardRun run, string runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(run);
        var files = run.Files();
        var scratch = Directory.CreateTempSubdirectory("analyzer-history-").FullName;
        try
        {
            var written = new HistoryExport(store).Write(scratch, runId, run.Period);
            foreach (var group in written.GroupBy(f => Path.GetDirectoryName(f)!, StringComparer.Ordinal))
            {
                var folder = ShardLayout.HistoryFolder + "/" + HistoryPath.Relative(scratch, group.Key);
                await files.PutAsync(folder, [.. group], cancellationToken);
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"history: {written.Count} Parquet file(s) of run {runId} written to {files.Describe(ShardLayout.HistoryFolder)}"));
            return JobStatus.Succeeded;
        }
        catch (CollectorException ex)
        {
            await context.Error.WriteLineAsync($"history upload failed: {ex.Message}");
            return JobStatus.ReportFailed;
        }
        catch (IOException ex)
        {
            await context.Error.WriteLineAsync($"history write failed: {ex.Message}");
            return JobStatus.ReportFailed;
        }
        finally
        {
            ShardStep.TryDelete(scratch);
        }
    }
}
