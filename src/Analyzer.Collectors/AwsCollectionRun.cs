using System.Collections.Concurrent;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CloudWatch;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Collectors.Ec2;
using Analyzer.Core.Ingest;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors;

/// <summary>
/// Collects every account and region: EC2 inventory then CloudWatch utilization per account/region (one
/// "cloudwatch" batch each), and Cost Explorer daily cost per account (one "cost-explorer" batch each). A source
/// that fails for one account or region is recorded as a <see cref="CollectionFailure"/> and the rest carry on.
/// Regions run concurrently up to <see cref="MaxConcurrency"/>; the SDK's retries absorb throttling.
/// </summary>
public sealed class AwsCollectionRun
{
    private readonly Func<AwsAccountTarget, AwsClientOptions> _optionsFor;

    /// <param name="optionsFor">Client options per account, e.g. <see cref="AwsAccountCredentials.For"/>; all must share one counter.</param>
    public AwsCollectionRun(Func<AwsAccountTarget, AwsClientOptions> optionsFor)
    {
        ArgumentNullException.ThrowIfNull(optionsFor);
        _optionsFor = optionsFor;
    }

    public int MaxConcurrency { get; init; } = 4;

    public async Task<AwsCollectionResult> CollectAsync(
        IReadOnlyList<AwsAccountTarget> accounts,
        IReadOnlyList<string> regions,
        Period window,
        IReadOnlyDictionary<string, DateOnly> costClosedThrough,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(costClosedThrough);
        var batches = new ConcurrentBag<IngestBatch>();
        var failures = new ConcurrentBag<CollectionFailure>();
        var closed = new ConcurrentDictionary<string, DateOnly>(costClosedThrough, StringComparer.Ordinal);
        AwsCallCounter? counter = null;
        using var gate = new SemaphoreSlim(MaxConcurrency);

        var work = new List<Task>();
        foreach (var account in accounts)
        {
            var options = _optionsFor(account);
            counter ??= options.Counter;
            work.Add(GatedAsync(gate, () => CostAsync(account, options, window, closed, batches, failures, cancellationToken), cancellationToken));
            work.AddRange(regions.Select(region =>
                GatedAsync(gate, () => RegionAsync(account, options, region, window, batches, failures, cancellationToken), cancellationToken)));
        }

        await Task.WhenAll(work).ConfigureAwait(false);
        return new AwsCollectionResult(
            [.. batches.OrderBy(b => b.Source, StringComparer.Ordinal).ThenBy(b => b.AccountIds[0], StringComparer.Ordinal)],
            [.. failures.OrderBy(f => f.AccountId, StringComparer.Ordinal).ThenBy(f => f.Region, StringComparer.Ordinal)],
            closed,
            counter ?? new AwsCallCounter());
    }

    private static async Task GatedAsync(SemaphoreSlim gate, Func<Task> action, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await action().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task RegionAsync(AwsAccountTarget account, AwsClientOptions options, string region, Period window,
        ConcurrentBag<IngestBatch> batches, ConcurrentBag<CollectionFailure> failures, CancellationToken cancellationToken)
    {
        IReadOnlyList<Workload> workloads;
        try
        {
            workloads = await new Ec2InventoryCollector(options).CollectAsync(account.AccountId, region, cancellationToken).ConfigureAwait(false);
        }
        catch (CollectorException ex)
        {
            failures.Add(Failure(account, region, "ec2", ex));
            return;
        }

        IReadOnlyList<UtilizationSample> samples;
        try
        {
            samples = await new CloudWatchUtilizationCollector(options).CollectAsync(region, workloads, window, cancellationToken).ConfigureAwait(false);
        }
        catch (CollectorException ex)
        {
            // The inventory is still worth loading: the analysis reports the workloads as lacking data.
            failures.Add(Failure(account, region, "cloudwatch", ex));
            samples = [];
        }

        batches.Add(new IngestBatch("cloudwatch", window, [account.AccountId], [new Account(account.AccountId, account.Name)], workloads, samples, []));
    }

    private static async Task CostAsync(AwsAccountTarget account, AwsClientOptions options, Period window,
        ConcurrentDictionary<string, DateOnly> closed, ConcurrentBag<IngestBatch> batches, ConcurrentBag<CollectionFailure> failures, CancellationToken cancellationToken)
    {
        try
        {
            DateOnly? watermark = closed.TryGetValue(account.AccountId, out var day) ? day : null;
            var result = await new CostExplorerCostCollector(options).CollectAsync(account.AccountId, window, watermark, cancellationToken).ConfigureAwait(false);
            if (result.ClosedThrough is { } through)
            {
                closed[account.AccountId] = through;
            }

            if (result.Asked.Length > TimeSpan.Zero)
            {
                batches.Add(new IngestBatch("cost-explorer", result.Asked, [account.AccountId], [new Account(account.AccountId, account.Name)], [], [], result.Lines));
            }
        }
        catch (CollectorException ex)
        {
            failures.Add(Failure(account, "global", "cost-explorer", ex));
        }
    }

    private static CollectionFailure Failure(AwsAccountTarget account, string region, string source, CollectorException ex) =>
        new(account.AccountId, region, source, ex.Message, ex.ErrorCode, ex.MissingIamAction, ex.IsTransient);
}
