using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;
using Analyzer.Core.Time;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// Everything Cost Explorer says about one account beyond daily cost: the Savings Plans it holds with their
/// utilization and coverage, CE's purchase recommendations for the configured combinations, CE's EC2 rightsizing
/// recommendations, and daily EC2 cost per resource. Every request costs $0.01 (counted on the shared counter).
/// Each operation that fails is a failure of its own and does not stop the others. Resource-level cost is read only
/// for the days after <c>resourcesClosedThrough</c> (its watermark) and within the 14 days AWS keeps; an account
/// that has not opted in to resource-level data gets a note, not a failure.
/// </summary>
public sealed class CostExplorerInsightsCollector
{
    public const string SavingsPlansUtilizationSource = "ce-savings-plans-utilization";
    public const string SavingsPlansHeldSource = "ce-savings-plans-details";
    public const string SavingsPlansCoverageSource = "ce-savings-plans-coverage";
    public const string PurchaseRecommendationsSource = "ce-savings-plans-recommendations";
    public const string RightsizingSource = "ce-rightsizing";
    public const string ResourceCostsSource = "cost-explorer-resources";

    private readonly AwsClientOptions _options;
    private readonly CostExplorerInsightsOptions _settings;

    public CostExplorerInsightsCollector(AwsClientOptions options, CostExplorerInsightsOptions settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        _options = options;
        _settings = settings;
    }

    public async Task<CostExplorerInsightsResult> CollectAsync(string accountId, Period window, DateOnly? resourcesClosedThrough, CancellationToken cancellationToken)
    {
        // Whole UTC days, as Cost Explorer counts them: a partial last day is asked for whole.
        var start = DateOnly.FromDateTime(window.Start);
        var end = DateOnly.FromDateTime(window.End);
        if (window.End.TimeOfDay != TimeSpan.Zero)
        {
            end = end.AddDays(1);
        }

        var failures = new List<CostExplorerInsightsFailure>();
        var notes = new List<string>();
        var insights = new CostExplorerInsights(accountId, start, end);
        if (!_settings.Enabled || start >= end)
        {
            return new CostExplorerInsightsResult(insights, failures, notes, resourcesClosedThrough);
        }

        using var sdk = AwsServiceClient.Create(AwsService.CostExplorer, _options);
        async Task<T?> TryAsync<T>(string source, Func<Task<T>> read)
            where T : class
        {
            try
            {
                return await read().ConfigureAwait(false);
            }
            catch (CollectorException ex)
            {
                failures.Add(new CostExplorerInsightsFailure(source, ex));
                return null;
            }
        }

        if (_settings.SavingsPlans)
        {
            var plans = new SavingsPlansReader(sdk, accountId, start, end);
            insights = insights with
            {
                SavingsPlansUtilization = await TryAsync(SavingsPlansUtilizationSource, () => plans.UtilizationAsync(cancellationToken)).ConfigureAwait(false),
                SavingsPlansHeld = await TryAsync(SavingsPlansHeldSource, () => plans.HeldAsync(cancellationToken)).ConfigureAwait(false),
                SavingsPlansCoverage = await TryAsync(SavingsPlansCoverageSource, () => plans.CoverageAsync(cancellationToken)).ConfigureAwait(false),
            };
        }

        if (_settings.SavingsPlanRecommendations.Count > 0)
        {
            insights = insights with
            {
                PurchaseRecommendations = await TryAsync(PurchaseRecommendationsSource, () => RecommendationsAsync(sdk, accountId, cancellationToken)).ConfigureAwait(false),
            };
        }

        if (_settings.Rightsizing)
        {
            insights = insights with
            {
                Rightsizing = await TryAsync(RightsizingSource, () => new RightsizingReader(sdk, accountId, _settings).ReadAsync(cancellationToken)).ConfigureAwait(false),
            };
        }

        var closed = resourcesClosedThrough;
        if (_settings.ResourceCosts)
        {
            (insights, closed) = await ResourceCostsAsync(sdk, insights, end, resourcesClosedThrough, failures, notes, cancellationToken).ConfigureAwait(false);
        }

        return new CostExplorerInsightsResult(insights, failures, notes, closed);
    }

    private async Task<IReadOnlyList<SavingsPlanPurchaseRecommendation>> RecommendationsAsync(AwsServiceClient sdk, string accountId, CancellationToken cancellationToken)
    {
        var reader = new SavingsPlanRecommendationReader(sdk, accountId, _settings);
        var recommendations = new List<SavingsPlanPurchaseRecommendation>();
        foreach (var ask in _settings.SavingsPlanRecommendations.Distinct())
        {
            recommendations.Add(await reader.ReadAsync(ask, cancellationToken).ConfigureAwait(false));
        }

        return recommendations;
    }

    private static async Task<(CostExplorerInsights Insights, DateOnly? Closed)> ResourceCostsAsync(
        AwsServiceClient sdk,
        CostExplorerInsights insights,
        DateOnly end,
        DateOnly? closedThrough,
        List<CostExplorerInsightsFailure> failures,
        List<string> notes,
        CancellationToken cancellationToken)
    {
        var kept = end.AddDays(-ResourceCostReader.DaysKept);
        var start = insights.SavingsPlansStart > kept ? insights.SavingsPlansStart : kept;
        if (closedThrough is { } closed && closed.AddDays(1) > start)
        {
            start = closed.AddDays(1);
        }

        if (start >= end)
        {
            return (insights, closedThrough);
        }

        try
        {
            var (lines, lastFinal) = await new ResourceCostReader(sdk, insights.AccountId).ReadAsync(start, end, cancellationToken).ConfigureAwait(false);
            return (insights with { ResourceCosts = lines, ResourceStart = start, ResourceEnd = end }, lastFinal ?? closedThrough);
        }
        catch (CollectorException ex) when (NotEnabled(ex))
        {
            notes.Add($"{insights.AccountId}: Cost Explorer resource-level data is not enabled; actual cost per instance comes from CUR imports only.");
            return (insights, closedThrough);
        }
        catch (CollectorException ex)
        {
            failures.Add(new CostExplorerInsightsFailure(ResourceCostsSource, ex));
            return (insights, closedThrough);
        }
    }

    // The account has not opted in to resource-level data (Cost Management preferences): AWS answers
    // DataUnavailableException, or a validation error saying the data is not enabled.
    private static bool NotEnabled(CollectorException ex) =>
        ex.ErrorCode == SavingsPlansReader.NoDataCode
        || (ex.ErrorCode == "ValidationException" && ex.Message.Contains("not enabled", StringComparison.OrdinalIgnoreCase));

}
