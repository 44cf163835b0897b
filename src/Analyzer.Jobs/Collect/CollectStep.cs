using Analyzer.Collectors;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Collectors.Logs;
using Analyzer.Collectors.Sts;
using Analyzer.Core.Collection;
using Analyzer.Core.Time;
using Analyzer.Storage;
using Analyzer.Storage.Collection;

namespace Analyzer.Jobs.Collect;

/// <summary>
/// The collection step: inventory, utilization and cost from AWS into the store, for the configured accounts and
/// regions (default: the current credentials' account and every region enabled for it). Fails as a whole
/// (<see cref="JobStatus.CollectionFailed"/>) only when nothing at all could be collected; partial failures are
/// printed and recorded in collection_runs.
/// </summary>
public static class CollectStep
{
    public const int DefaultLookbackDays = 14;

    /// <summary>One collection into <paramref name="store"/>.</summary>
    public static async Task<CollectStepResult> RunAsync(JobContext context, AnalyzerStore store, CollectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var file = request.File;
        var startedAt = context.Time.GetUtcNow();
        var ambient = new AwsClientOptions { EndpointUrl = request.EndpointUrl };
        var regionList = await CollectRegions.ResolveAsync(request.Regions, file, ambient, context.Error, cancellationToken);
        ambient = ambient with { Region = regionList[0] };
        var days = request.LookbackDays ?? file.LookbackDays ?? DefaultLookbackDays;
        var window = Period.LastWholeDays(WindowEndsOn(request) ?? context.Time.GetUtcNow(), days);

        IReadOnlyList<AwsAccountTarget> accounts;
        try
        {
            accounts = await AccountsAsync(request.Roles, file, ambient, cancellationToken);
        }
        catch (CollectorException ex)
        {
            // Recorded like any other failure (a hung STS endpoint times out here), so the store says the run happened.
            RecordIdentityFailure(store, context.Time, startedAt, window, regionList, ambient.Counter, ex);
            await context.Error.WriteLineAsync($"collection failed: cannot identify the current account: {ex.Message}");
            return new CollectStepResult(JobStatus.CollectionFailed, 1, ex.IsTransient);
        }

        if (request.Shard is { } shard)
        {
            var all = accounts.Count;
            accounts = [.. accounts.Where(a => shard.Contains(a.AccountId))];
            await context.Output.WriteLineAsync($"shard {shard}: {accounts.Count} of {all} account(s)");
            if (accounts.Count == 0)
            {
                // Nothing of this slice to read: an empty shard is complete, and the merge finds its (empty) tables.
                return new CollectStepResult(JobStatus.Succeeded, 0, false);
            }
        }

        var ids = accounts.Select(a => a.AccountId).Order(StringComparer.Ordinal).ToList();
        var plan = new CollectPlan(accounts, regionList, window)
        {
            MaxConcurrency = file.MaxConcurrency ?? 4,
            // The payer's organisation-wide monthly cost is read once per run: by shard 0 when the run is sharded.
            OrganizationMonths = request.Shard is { Index: > 0 } ? 0 : request.OrganizationMonths ?? file.OrganizationMonths ?? 0,
            CostExplorerInsights = file.CostExplorerInsights ?? CostExplorerInsightsOptions.Default,
            LambdaMemoryFromLogs = file.LambdaMemoryFromLogs ?? LambdaLogMemoryOptions.Default,
        };
        var outcome = await new CollectJob(store, context.Time).RunAsync(plan, ambient, context.Progress, cancellationToken);
        CollectSummary.Print(outcome, context.Output);
        var transient = outcome.Failures.Count > 0 && outcome.Failures.All(f => f.IsTransient);
        if (outcome.NothingCollected)
        {
            await context.Error.WriteLineAsync($"collection failed: nothing could be collected ({outcome.Failures.Count} failure(s), listed above).");
            return new CollectStepResult(JobStatus.CollectionFailed, outcome.Failures.Count, transient) { Accounts = ids };
        }

        return new CollectStepResult(JobStatus.Succeeded, outcome.Failures.Count, transient) { Accounts = ids };
    }

    private static DateTimeOffset? WindowEndsOn(CollectRequest request) =>
        request.WindowEnd is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static void RecordIdentityFailure(
        AnalyzerStore store, TimeProvider time, DateTimeOffset startedAt, Period window, IReadOnlyList<string> regions, AwsCallCounter counter, CollectorException ex)
    {
        var log = new CollectionLog(store, time);
        log.RecordFailure("sts", "unknown", regions[0], window, ex.Message, ex.ErrorCode, ex.MissingIamAction);
        log.RecordSession(new CollectionSession(
            Guid.CreateVersion7(startedAt).ToString("N"), startedAt.UtcDateTime, time.GetUtcNow().UtcDateTime, window, "failed",
            0, regions.Count, 1, counter.Calls, 0, 0, 0m));
    }

    private static async Task<IReadOnlyList<AwsAccountTarget>> AccountsAsync(IReadOnlyList<string> roles, CollectConfig file, AwsClientOptions ambient, CancellationToken cancellationToken)
    {
        if (roles.Count > 0)
        {
            return [.. roles.Select(r => AccountTargets.FromRoleArn(r)).DistinctBy(a => a.AccountId)];
        }

        if (file.Accounts.Count > 0)
        {
            return [.. file.Accounts.Select(AccountTargets.FromConfig).DistinctBy(a => a.AccountId)];
        }

        var accountId = await StsIdentity.GetAccountIdAsync(ambient, cancellationToken);
        return [new AwsAccountTarget(accountId, accountId)];
    }
}
