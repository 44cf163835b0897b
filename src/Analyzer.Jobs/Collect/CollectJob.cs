using Analyzer.Collectors;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Collectors.Logs;
using Analyzer.Core.Collection;
using Analyzer.Jobs.Progress;
using Analyzer.Storage;
using Analyzer.Storage.Collection;

namespace Analyzer.Jobs.Collect;

/// <summary>
/// Runs a collection into the store: reads the watermarks, lets <see cref="AwsCollectionRun"/> collect only what is
/// new, loads each batch as it arrives and then advances its watermarks, records every failure and the session.
/// </summary>
internal sealed class CollectJob(AnalyzerStore store, TimeProvider time)
{
    /// <summary>CloudWatch GetMetricData: $0.01 per 1,000 metrics requested.</summary>
    public const decimal CloudWatchUsdPerThousandMetrics = 0.01m;

    public async Task<CollectOutcome> RunAsync(CollectPlan plan, AwsClientOptions ambient, IRunProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(ambient);
        ArgumentNullException.ThrowIfNull(progress);
        var startedAt = time.GetUtcNow();
        var counter = new AwsCallCounter();
        var shared = ambient with { Counter = counter };
        var watermarks = new CollectionWatermarks(store, time);
        var extras = new CollectionExtras(store, time);
        var optimizer = new ComputeOptimizerTables(store, time);
        var insights = new CostExplorerInsightsStore(store, time);
        long accounts = 0, workloads = 0, samples = 0, costLines = 0, spotPrices = 0, recommendations = 0, monthlyCosts = 0;

        Task CommitAsync(CollectedBatch collected, CancellationToken token)
        {
            token.ThrowIfCancellationRequested();
            var loaded = store.Load(collected.Batch);
            if (collected.Region is { } region)
            {
                extras.ReplaceSpotPrices(region, collected.SpotPrices);
                if (collected.CapacityReservations is { } reservations)
                {
                    extras.ReplaceCapacityReservations(collected.Batch.AccountIds[0], region, reservations);
                }

                if (collected.DedicatedHosts is { } hosts)
                {
                    extras.ReplaceDedicatedHosts(collected.Batch.AccountIds[0], region, hosts);
                }

                if (collected.ReservedInstances is { } reserved)
                {
                    extras.ReplaceReservedInstances(collected.Batch.AccountIds[0], region, reserved);
                }

                spotPrices += collected.SpotPrices.Count;
                var found = new ComputeOptimizerFindings(
                    collected.Recommendations, collected.AsgRecommendations, collected.LambdaRecommendations, collected.EcsRecommendations);
                optimizer.Replace(collected.Batch.AccountIds[0], region, found);
                recommendations += found.Count;
            }

            if (collected.Insights is { } read)
            {
                insights.Replace(read);
            }

            // Last: a watermark must never get ahead of the data it vouches for.
            watermarks.Advance(collected.Watermarks);
            accounts += loaded.Accounts;
            workloads += loaded.Workloads;
            samples += loaded.Samples;
            costLines += loaded.CostLines;
            return Task.CompletedTask;
        }

        var units = plan.Accounts.Count * (plan.Regions.Count + 1);
        var result = await progress.StepAsync($"Collecting {plan.Accounts.Count} account(s) x {plan.Regions.Count} region(s), {plan.Window}", units, report =>
        {
            var done = 0;
            var run = new AwsCollectionRun(target => AwsAccountCredentials.For(shared, target))
            {
                MaxConcurrency = plan.MaxConcurrency,
                Insights = plan.CostExplorerInsights,
                LambdaMemoryFromLogs = plan.LambdaMemoryFromLogs,
                StepDone = _ => report(Interlocked.Increment(ref done)),
            };
            return run.CollectAsync(plan.Accounts, plan.Regions, plan.Window, watermarks.ReadAll(), CommitAsync, cancellationToken);
        });

        var failures = result.Failures.ToList();
        var batches = result.BatchesCommitted;
        if (plan.OrganizationMonths > 0)
        {
            try
            {
                var monthly = await new CostExplorerMonthlyCollector(shared)
                    .CollectAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), plan.OrganizationMonths, cancellationToken);
                extras.ReplaceMonthlyCosts(monthly);
                monthlyCosts = monthly.Count;
                batches++;
            }
            catch (CollectorException ex)
            {
                failures.Add(new CollectionFailure("organization", CollectionWatermark.GlobalRegion, "cost-explorer-monthly", ex.Message, ex.ErrorCode, ex.MissingIamAction, ex.IsTransient));
            }
        }

        var log = new CollectionLog(store, time);
        foreach (var failure in failures)
        {
            log.RecordFailure(failure.Source, failure.AccountId, failure.Region, plan.Window, failure.Message, failure.ErrorCode, failure.MissingIamAction);
        }

        // Billed requests only: a refused (AccessDenied) or throttled Cost Explorer request costs nothing.
        var paidRequests = AwsOperations.All.Where(o => o.Paid > 0).Sum(counter.Answered);
        var session = new CollectionSession(
            Guid.CreateVersion7(startedAt).ToString("N"),
            startedAt.UtcDateTime,
            time.GetUtcNow().UtcDateTime,
            plan.Window,
            failures.Count == 0 ? "succeeded" : batches > 0 ? "partial" : "failed",
            plan.Accounts.Count,
            plan.Regions.Count,
            failures.Count,
            counter.Calls,
            paidRequests,
            counter.MetricsRequested,
            counter.PaidUsd + (counter.MetricsRequested * CloudWatchUsdPerThousandMetrics / 1000m) + LambdaLogMemory.Usd(counter.LogsBytesScanned));
        log.RecordSession(session);
        return new CollectOutcome(session, failures, batches, accounts, workloads, samples, costLines)
        {
            Notes = result.Notes,
            SpotPrices = spotPrices,
            Recommendations = recommendations,
            MonthlyCosts = monthlyCosts,
            LogsBytesEstimated = counter.LogsBytesEstimated,
            LogsBytesScanned = counter.LogsBytesScanned,
        };
    }
}
