using System.Collections.Concurrent;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CloudWatch;
using Analyzer.Collectors.ComputeOptimizer;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Collectors.Ec2;
using Analyzer.Collectors.Ecs;
using Analyzer.Collectors.Lambda;
using Analyzer.Collectors.Logs;
using Analyzer.Core.Collection;
using Analyzer.Core.Ingest;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors;

/// <summary>
/// Collects every account and region: EC2, ECS and Lambda inventory (sized by DescribeInstanceTypes), then CloudWatch
/// utilization per account/region (EKS pods on Fargate from their Container Insights metrics alone; one
/// "cloudwatch" batch each), and Cost Explorer daily cost per account (one "cost-explorer" batch each). Each batch
/// goes to the caller's commit as soon as it is ready, so an interrupted run keeps what it committed. Watermarks
/// narrow every source's window to the days not yet held. A source that fails for one account or region is
/// recorded as a <see cref="CollectionFailure"/> and the rest carry on. Regions run concurrently up to
/// <see cref="MaxConcurrency"/>; commits run one at a time.
/// </summary>
public sealed class AwsCollectionRun
{
    public const string CloudWatchSource = "cloudwatch";
    public const string CostExplorerSource = "cost-explorer";

    private readonly Func<AwsAccountTarget, AwsClientOptions> _optionsFor;

    /// <param name="optionsFor">Client options per account, e.g. <see cref="AwsAccountCredentials.For"/>; all must share one counter.</param>
    public AwsCollectionRun(Func<AwsAccountTarget, AwsClientOptions> optionsFor)
    {
        ArgumentNullException.ThrowIfNull(optionsFor);
        _optionsFor = optionsFor;
    }

    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Told once per account/region ("cloudwatch", with EC2) and per account ("cost-explorer"), from any thread.</summary>
    public Action<CollectionStep>? StepDone { get; init; }

    /// <summary>What Cost Explorer is asked per account besides daily cost (Savings Plans, recommendations, resource cost).</summary>
    public CostExplorerInsightsOptions Insights { get; init; } = CostExplorerInsightsOptions.Default;

    /// <summary>The opt-in Logs Insights reading of Lambda memory for functions without a memory metric.</summary>
    public LambdaLogMemoryOptions LambdaMemoryFromLogs { get; init; } = LambdaLogMemoryOptions.Default;

    public async Task<AwsCollectionResult> CollectAsync(
        IReadOnlyList<AwsAccountTarget> accounts,
        IReadOnlyList<string> regions,
        Period window,
        IReadOnlyList<CollectionWatermark> watermarks,
        Func<CollectedBatch, CancellationToken, Task> commit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(watermarks);
        ArgumentNullException.ThrowIfNull(commit);
        var marks = watermarks.ToDictionary(m => (m.Source, m.AccountId, m.Region), m => m.ClosedThrough);
        var failures = new ConcurrentBag<CollectionFailure>();
        var notes = new ConcurrentBag<string>();
        var committed = 0;
        AwsCallCounter? counter = null;
        using var gate = new SemaphoreSlim(MaxConcurrency);
        using var commitGate = new SemaphoreSlim(1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        async Task CommitAsync(CollectedBatch batch)
        {
            await commitGate.WaitAsync(stop.Token).ConfigureAwait(false);
            try
            {
                await commit(batch, stop.Token).ConfigureAwait(false);
                Interlocked.Increment(ref committed);
            }
            catch
            {
                // A commit that fails is the store failing: stop the other work rather than collect for nothing.
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finally
            {
                commitGate.Release();
            }
        }

        DateOnly? Mark(string source, string accountId, string region) =>
            marks.TryGetValue((source, accountId, region), out var day) ? day : null;

        var work = new List<Task>();
        foreach (var account in accounts)
        {
            var options = _optionsFor(account);
            counter ??= options.Counter;
            var context = new RunContext(account, options, window, failures, notes, CommitAsync, StepDone) { LambdaMemoryFromLogs = LambdaMemoryFromLogs };
            var resourcesMark = Mark(CostExplorerInsightsCollector.ResourceCostsSource, account.AccountId, CollectionWatermark.GlobalRegion);
            work.Add(GatedAsync(gate, () => CostAsync(context, Mark(CostExplorerSource, account.AccountId, CollectionWatermark.GlobalRegion), resourcesMark, stop.Token), stop.Token));
            work.AddRange(regions.Select(region =>
                GatedAsync(gate, () => RegionAsync(context, region, Mark(CloudWatchSource, account.AccountId, region), stop.Token), stop.Token)));
        }

        await Task.WhenAll(work).ConfigureAwait(false);
        return new AwsCollectionResult(
            [.. failures.OrderBy(f => f.AccountId, StringComparer.Ordinal).ThenBy(f => f.Region, StringComparer.Ordinal).ThenBy(f => f.Source, StringComparer.Ordinal)],
            committed,
            counter ?? new AwsCallCounter())
        {
            Notes = [.. notes.Order(StringComparer.Ordinal)],
        };
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

    private static async Task RegionAsync(RunContext run, string region, DateOnly? closedThrough, CancellationToken cancellationToken)
    {
        var account = run.Account;
        var workloads = new List<Workload>();
        var inventories = Inventories(run.Options).ToList();
        var inventoried = 0;
        foreach (var (source, collect) in inventories)
        {
            try
            {
                workloads.AddRange(await collect(account.AccountId, region, cancellationToken).ConfigureAwait(false));
                inventoried++;
            }
            catch (CollectorException ex)
            {
                run.Fail(region, source, ex);
            }
        }

        if (inventoried == 0)
        {
            run.Done(region, CloudWatchSource, succeeded: false);
            return;
        }

        try
        {
            workloads = [.. await new InstanceTypeCatalog(run.Options).FillSizesAsync(region, workloads, cancellationToken).ConfigureAwait(false)];
        }
        catch (CollectorException ex)
        {
            // Sizes can come from the shipped instance-type catalog instead; the inventory stands without them.
            run.Fail(region, "ec2-instance-types", ex);
        }

        var remaining = CollectionWatermark.Remaining(run.Window, closedThrough);
        IReadOnlyList<UtilizationSample> samples = [];
        IReadOnlyList<CollectionWatermark> advance = [];
        try
        {
            if (remaining.Length > TimeSpan.Zero && workloads.Count > 0)
            {
                samples = await new CloudWatchUtilizationCollector(run.Options).CollectAsync(region, workloads, remaining, cancellationToken).ConfigureAwait(false);
            }

            // With part of the inventory missing, its workloads' hours were not read: leave the window open for them.
            advance = inventoried == inventories.Count
                ? [new CollectionWatermark(CloudWatchSource, account.AccountId, region, CollectionWatermark.LastWholeDayBefore(run.Window.End))]
                : [];
        }
        catch (CollectorException ex)
        {
            // The inventory is still worth loading: the analysis reports the workloads as lacking data. An empty
            // window keeps the samples the store already holds.
            run.Fail(region, CloudWatchSource, ex);
            remaining = new Period(run.Window.End, run.Window.End);
        }

        samples = await LambdaMemoryFromLogsAsync(run, region, workloads, samples, remaining, cancellationToken).ConfigureAwait(false);
        if (remaining.Length > TimeSpan.Zero)
        {
            // Pods have no inventory API: their Container Insights metrics over the window are both inventory and samples.
            try
            {
                var pods = await new EksFargatePodCollector(run.Options).CollectAsync(account.AccountId, region, remaining, cancellationToken).ConfigureAwait(false);
                workloads.AddRange(pods.Workloads);
                samples = [.. samples, .. pods.Samples];
            }
            catch (CollectorException ex)
            {
                run.Fail(region, "container-insights-eks-fargate", ex);
            }
        }

        var spotPrices = await SpotPricesAsync(run, region, workloads, remaining, cancellationToken).ConfigureAwait(false);
        var recommendations = await RecommendationsAsync(run, region, cancellationToken).ConfigureAwait(false);
        var reservations = await KeptOnFailureAsync(run, region, "ec2-capacity-reservations",
            () => new CapacityReservationCollector(run.Options).CollectAsync(run.Account.AccountId, region, cancellationToken)).ConfigureAwait(false);
        var hosts = await KeptOnFailureAsync(run, region, "ec2-dedicated-hosts",
            () => new DedicatedHostCollector(run.Options).CollectAsync(run.Account.AccountId, region, cancellationToken)).ConfigureAwait(false);
        var reserved = await KeptOnFailureAsync(run, region, "ec2-reserved-instances",
            () => new ReservedInstanceCollector(run.Options).CollectAsync(run.Account.AccountId, region, cancellationToken)).ConfigureAwait(false);
        var batch = new IngestBatch(CloudWatchSource, remaining, [account.AccountId], [new Account(account.AccountId, account.Name)], workloads, samples, []);
        await run.Commit(new CollectedBatch(batch, advance)
        {
            Region = region,
            SpotPrices = spotPrices,
            CapacityReservations = reservations,
            DedicatedHosts = hosts,
            ReservedInstances = reserved,
            Recommendations = recommendations.Ec2,
            AsgRecommendations = recommendations.AutoScalingGroups,
            LambdaRecommendations = recommendations.LambdaFunctions,
            EcsRecommendations = recommendations.EcsServices,
        }).ConfigureAwait(false);
        run.Done(region, CloudWatchSource, advance.Count > 0);
    }

    private static async Task<IReadOnlyList<SpotPriceAverage>> SpotPricesAsync(RunContext run, string region, List<Workload> workloads, Period window, CancellationToken cancellationToken)
    {
        var types = workloads.Where(w => w.Kind is WorkloadKind.Ec2Instance or WorkloadKind.AutoScalingGroup && w.InstanceType is not null)
            .Select(w => w.InstanceType!).Distinct(StringComparer.Ordinal).ToList();
        try
        {
            return await new SpotPriceCollector(run.Options).CollectAsync(region, types, window, cancellationToken).ConfigureAwait(false);
        }
        catch (CollectorException ex)
        {
            run.Fail(region, "ec2-spot-prices", ex);
            return [];
        }
    }

    /// <summary>
    /// Opt-in: memory for the Lambda functions CloudWatch gave none (no Lambda Insights), from their REPORT lines,
    /// written into the hours the metrics already hold. A failure leaves the samples as they were.
    /// </summary>
    private static async Task<IReadOnlyList<UtilizationSample>> LambdaMemoryFromLogsAsync(
        RunContext run, string region, List<Workload> workloads, IReadOnlyList<UtilizationSample> samples, Period window, CancellationToken cancellationToken)
    {
        if (!run.LambdaMemoryFromLogs.Enabled || samples.Count == 0)
        {
            return samples;
        }

        var withMemory = samples.Where(s => s.MemoryMaximumPercent is not null).Select(s => s.WorkloadId).ToHashSet(StringComparer.Ordinal);
        var functions = workloads.Where(w => w.Kind == WorkloadKind.LambdaFunction && !withMemory.Contains(w.WorkloadId)).ToList();
        if (functions.Count == 0)
        {
            return samples;
        }

        try
        {
            var read = await new LambdaLogMemory(run.Options, run.LambdaMemoryFromLogs).CollectAsync(region, functions, window, cancellationToken).ConfigureAwait(false);
            foreach (var note in read.Notes)
            {
                run.Notes.Add($"{run.Account.AccountId} {note}");
            }

            return [.. samples.Select(s => read.Memory.TryGetValue((s.WorkloadId, s.Hour), out var m)
                ? s with { MemoryAveragePercent = m.Average, MemoryMaximumPercent = m.Maximum }
                : s)];
        }
        catch (CollectorException ex)
        {
            run.Fail(region, "logs-insights-lambda-memory", ex);
            return samples;
        }
    }

    // A source whose failure leaves the store's rows as they were (capacity reservations, dedicated hosts, RIs held): the gap is
    // recorded like any other source's and null says "keep what is stored".
    private static async Task<IReadOnlyList<T>?> KeptOnFailureAsync<T>(
        RunContext run, string region, string source, Func<Task<IReadOnlyList<T>>> collect)
    {
        try
        {
            return await collect().ConfigureAwait(false);
        }
        catch (CollectorException ex)
        {
            run.Fail(region, source, ex);
            return null;
        }
    }

    private static async Task<ComputeOptimizerFindings> RecommendationsAsync(RunContext run, string region, CancellationToken cancellationToken)
    {
        var result = await new ComputeOptimizerRegion(run.Options).CollectAsync(run.Account.AccountId, region, cancellationToken).ConfigureAwait(false);
        foreach (var (source, error) in result.Failures)
        {
            run.Fail(region, source, error);
        }

        if (result.NotEnrolled)
        {
            run.Notes.Add($"{run.Account.AccountId} {region}: not enrolled in AWS Compute Optimizer; its recommendations are not compared.");
        }

        return result.Findings;
    }

    private static IEnumerable<(string Source, Func<string, string, CancellationToken, Task<IReadOnlyList<Workload>>> Collect)> Inventories(AwsClientOptions options) =>
    [
        ("ec2", new Ec2InventoryCollector(options).CollectAsync),
        ("ecs", new EcsInventoryCollector(options).CollectAsync),
        ("lambda", new LambdaInventoryCollector(options).CollectAsync),
    ];

    private async Task CostAsync(RunContext run, DateOnly? closedThrough, DateOnly? resourcesClosedThrough, CancellationToken cancellationToken)
    {
        await CostExplorerInsightsBatch.CollectAsync(run.Account, run.Options, Insights, run.Window, resourcesClosedThrough, (source, ex) => run.Fail(CollectionWatermark.GlobalRegion, source, ex), run.Notes.Add, run.Commit, cancellationToken).ConfigureAwait(false);
        var account = run.Account;
        CostExplorerResult result;
        try
        {
            result = await new CostExplorerCostCollector(run.Options).CollectAsync(account.AccountId, run.Window, closedThrough, cancellationToken).ConfigureAwait(false);
        }
        catch (CollectorException ex)
        {
            run.Fail(CollectionWatermark.GlobalRegion, CostExplorerSource, ex);
            run.Done(CollectionWatermark.GlobalRegion, CostExplorerSource, succeeded: false);
            return;
        }

        IReadOnlyList<CollectionWatermark> advance = result.ClosedThrough is { } through && through != closedThrough
            ? [new CollectionWatermark(CostExplorerSource, account.AccountId, CollectionWatermark.GlobalRegion, through)]
            : [];
        if (result.Asked.Length > TimeSpan.Zero)
        {
            var batch = new IngestBatch(CostExplorerSource, result.Asked, [account.AccountId], [new Account(account.AccountId, account.Name)], [], [], result.Lines);
            await run.Commit(new CollectedBatch(batch, advance)).ConfigureAwait(false);
        }

        run.Done(CollectionWatermark.GlobalRegion, CostExplorerSource, succeeded: true);
    }

    private sealed record RunContext(
        AwsAccountTarget Account,
        AwsClientOptions Options,
        Period Window,
        ConcurrentBag<CollectionFailure> Failures,
        ConcurrentBag<string> Notes,
        Func<CollectedBatch, Task> Commit,
        Action<CollectionStep>? StepDone)
    {
        public LambdaLogMemoryOptions LambdaMemoryFromLogs { get; init; } = LambdaLogMemoryOptions.Default;

        public void Fail(string region, string source, CollectorException ex) =>
            Failures.Add(new CollectionFailure(Account.AccountId, region, source, ex.Message, ex.ErrorCode, ex.MissingIamAction, ex.IsTransient));

        public void Done(string region, string source, bool succeeded) =>
            StepDone?.Invoke(new CollectionStep(Account.AccountId, region, source, succeeded));
    }
}
