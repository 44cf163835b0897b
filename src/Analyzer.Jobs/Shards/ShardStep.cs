using Analyzer.Collectors;
using Analyzer.Core;
using Analyzer.Core.Sharding;
using Analyzer.Jobs.Collect;
using Analyzer.Jobs.Progress;
using Analyzer.Storage;
using Analyzer.Storage.Shards;

namespace Analyzer.Jobs.Shards;

/// <summary>
/// One shard of a sharded run: collects the accounts of its slice (the window pinned to the run's period) into its
/// own store, writes the collected tables as Parquet and puts them, then its manifest, under
/// <c>&lt;uri&gt;/&lt;period&gt;/shard=&lt;i&gt;/</c>. Analysis waits for the merge, which sees the whole fleet.
/// </summary>
public static class ShardStep
{
    public static async Task<CollectStepResult> RunAsync(JobContext context, AnalyzerStore store, CollectRequest collect, ShardRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(collect);
        ArgumentNullException.ThrowIfNull(run);
        var slice = run.Slice ?? throw new ArgumentException("A shard run needs its slice.", nameof(run));
        var export = new ShardExport(store);
        if (Foreign(export.AccountIds(), slice) is { } foreign)
        {
            // Its tables would go into this shard's files and be merged twice; nothing is collected or written.
            throw new ConfigurationException("--store",
                $"{store.Path} holds account {TerminalText.Sanitize(foreign)}, which is not in shard {slice}: give each shard its own store");
        }

        var collected = await CollectStep.RunAsync(context, store, collect with { Shard = slice, WindowEnd = run.Period }, cancellationToken);
        if (collected.Status != JobStatus.Succeeded)
        {
            return collected;
        }

        var files = run.Files();
        var folder = ShardLayout.ShardKey(run.Period, slice);
        var scratch = Directory.CreateTempSubdirectory("analyzer-shard-").FullName;
        try
        {
            var written = export.Write(scratch, slice.Index);
            var manifest = new ShardManifest
            {
                Period = run.Period,
                Shard = slice.Index,
                Shards = slice.Count,
                Schema = ShardTables.Schema,
                Accounts = collected.Accounts,
                Tables = written.ToDictionary(f => f.Table, f => f.Rows, StringComparer.Ordinal),
                CollectionFailures = collected.Failures,
                WrittenAt = context.Time.GetUtcNow(),
            };
            var manifestPath = Path.Combine(scratch, ShardLayout.Manifest);
            await File.WriteAllTextAsync(manifestPath, manifest.ToJson(), cancellationToken);

            // The manifest goes last: a shard folder without one is incomplete, and the merge says so.
            await files.PutAsync(folder, [.. written.Select(f => f.Path), manifestPath], cancellationToken);
            await context.Output.WriteLineAsync(
                $"shard {slice}: {written.Count} table(s), {written.Sum(f => f.Rows)} row(s), {collected.Accounts.Count} account(s) written to {files.Describe(folder)}");
            return collected;
        }
        catch (CollectorException ex)
        {
            await context.Error.WriteLineAsync($"shard {slice}: writing to {files.Describe(folder)} failed: {ex.Message}");
            return collected with { Status = JobStatus.ReportFailed };
        }
        catch (IOException ex)
        {
            await context.Error.WriteLineAsync($"shard {slice}: writing to {files.Describe(folder)} failed: {ex.Message}");
            return collected with { Status = JobStatus.ReportFailed };
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    /// <summary>The first account the store holds that another shard owns (or that is no account id); null when all are this shard's.</summary>
    private static string? Foreign(IReadOnlyList<string> accounts, ShardSlice slice) =>
        accounts.FirstOrDefault(a => a.Length != 12 || !a.All(char.IsAsciiDigit) || !slice.Contains(a));

    internal static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder left in the temp directory is the OS's to clean; the run's outcome is what matters.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
