using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;
using Analyzer.Core.Ingest;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// The account-level step of a collection run for <see cref="CostExplorerInsightsCollector"/>: reads the insights,
/// hands each failure and note to the run, and commits what was read as one batch (no inventory, samples or cost
/// lines) carrying the resource-level cost watermark, which advances only after the batch has committed.
/// </summary>
internal static class CostExplorerInsightsBatch
{
    public const string Source = "cost-explorer-insights";

    public static async Task CollectAsync(
        AwsAccountTarget account,
        AwsClientOptions options,
        CostExplorerInsightsOptions settings,
        Period window,
        DateOnly? resourcesClosedThrough,
        Action<string, CollectorException> fail,
        Action<string> note,
        Func<CollectedBatch, Task> commit,
        CancellationToken cancellationToken)
    {
        if (!settings.Enabled)
        {
            return;
        }

        var result = await new CostExplorerInsightsCollector(options, settings).CollectAsync(account.AccountId, window, resourcesClosedThrough, cancellationToken).ConfigureAwait(false);
        foreach (var failure in result.Failures)
        {
            fail(failure.Source, failure.Error);
        }

        foreach (var text in result.Notes)
        {
            note(text);
        }

        var insights = result.Insights;
        var anything = insights.SavingsPlansHeld ?? insights.SavingsPlansUtilization ?? insights.SavingsPlansCoverage
            ?? insights.PurchaseRecommendations ?? insights.Rightsizing ?? (object?)insights.ResourceCosts;
        if (anything is null)
        {
            return;
        }

        IReadOnlyList<CollectionWatermark> advance = result.ResourcesClosedThrough is { } through && through != resourcesClosedThrough
            ? [new CollectionWatermark(CostExplorerInsightsCollector.ResourceCostsSource, account.AccountId, CollectionWatermark.GlobalRegion, through)]
            : [];
        var empty = new Period(window.End, window.End);
        var batch = new IngestBatch(Source, empty, [account.AccountId], [new Account(account.AccountId, account.Name)], [], [], []);
        await commit(new CollectedBatch(batch, advance) { Insights = insights }).ConfigureAwait(false);
    }
}
