using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// GetSavingsPlansPurchaseRecommendation for one combination: the summary, and the details page by page
/// (NextPageToken). With LINKED scope the request is filtered to the account collected.
/// </summary>
internal sealed class SavingsPlanRecommendationReader(AwsServiceClient sdk, string accountId, CostExplorerInsightsOptions settings)
{
    public async Task<SavingsPlanPurchaseRecommendation> ReadAsync(SavingsPlanRecommendationAsk ask, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetSavingsPlansPurchaseRecommendation;
        var details = new List<SavingsPlanPurchaseDetail>();
        SavingsPlanPurchaseRecommendation? first = null;
        string? nextPageToken = null;
        do
        {
            var body = await sdk.SendAsync(AwsRequest.Json(operation, AwsJson.Body(new Dictionary<string, object?>
            {
                ["SavingsPlansType"] = ask.SavingsPlansType,
                ["TermInYears"] = ask.TermInYears,
                ["PaymentOption"] = ask.PaymentOption,
                ["AccountScope"] = settings.AccountScope,
                ["LookbackPeriodInDays"] = settings.LookbackPeriodInDays,
                ["Filter"] = settings.AccountScope == "LINKED" ? CeValues.LinkedAccount(accountId) : null,
                ["NextPageToken"] = nextPageToken,
            })), cancellationToken).ConfigureAwait(false);
            nextPageToken = AwsJson.Read(operation, body, root =>
            {
                first ??= Summary(operation, ask, root);
                if (root.Object("SavingsPlansPurchaseRecommendation") is { } recommendation)
                {
                    details.AddRange(recommendation.Array("SavingsPlansPurchaseRecommendationDetails").Select(d => Detail(operation, d)).ToList());
                }

                return root.String("NextPageToken");
            });
        }
        while (!string.IsNullOrEmpty(nextPageToken));

        var committed = details.Sum(d => d.HourlyCommitmentUsd);
        var weighted = details.Where(d => d.EstimatedAverageUtilizationPercent is not null).ToList();
        double? utilization = committed > 0 && weighted.Count > 0
            ? weighted.Sum(d => d.EstimatedAverageUtilizationPercent!.Value * (double)d.HourlyCommitmentUsd) / (double)weighted.Sum(d => d.HourlyCommitmentUsd)
            : weighted.Count == 1 ? weighted[0].EstimatedAverageUtilizationPercent : null;
        var averages = details.Where(d => d.CurrentAverageHourlyOnDemandUsd is not null).ToList();
        return first! with
        {
            HourlyCommitmentUsd = first!.HourlyCommitmentUsd == 0m ? committed : first.HourlyCommitmentUsd,
            EstimatedAverageUtilizationPercent = utilization,
            CurrentAverageHourlyOnDemandUsd = averages.Count > 0 ? averages.Sum(d => d.CurrentAverageHourlyOnDemandUsd!.Value) : null,
            Details = details,
        };
    }

    private SavingsPlanPurchaseRecommendation Summary(AwsOperation operation, SavingsPlanRecommendationAsk ask, JsonElement root)
    {
        var metadata = root.Object("Metadata");
        var summary = root.Object("SavingsPlansPurchaseRecommendation") is { } r ? r.Object("SavingsPlansPurchaseRecommendationSummary") : null;
        decimal? Amount(string name) => summary is { } s ? CeValues.Amount(operation, s, name) : null;
        double? Percent(string name) => summary is { } s ? CeValues.Percent(operation, s, name) : null;
        return new SavingsPlanPurchaseRecommendation(
            accountId,
            settings.AccountScope,
            ask.SavingsPlansType,
            CeValues.TermYears(ask.TermInYears),
            ask.PaymentOption,
            CeValues.LookbackDays(settings.LookbackPeriodInDays) ?? 0,
            metadata?.String("RecommendationId"),
            CeValues.Instant(metadata?.String("GenerationTimestamp")),
            Amount("HourlyCommitmentToPurchase") ?? 0m,
            Amount("EstimatedMonthlySavingsAmount"),
            Percent("EstimatedSavingsPercentage"),
            EstimatedAverageUtilizationPercent: null,
            CurrentAverageHourlyOnDemandUsd: null,
            Amount("CurrentOnDemandSpend"),
            Amount("EstimatedTotalCost"),
            Amount("EstimatedOnDemandCostWithCurrentCommitment"),
            Percent("EstimatedROI"),
            []);
    }

    private static SavingsPlanPurchaseDetail Detail(AwsOperation operation, JsonElement d)
    {
        var plan = d.Object("SavingsPlansDetails");
        return new SavingsPlanPurchaseDetail(
            d.String("AccountId"),
            AwsRegionNames.ToCode(plan?.String("Region")),
            plan?.String("InstanceFamily"),
            plan?.String("OfferingId"),
            CeValues.Amount(operation, d, "HourlyCommitmentToPurchase") ?? 0m,
            CeValues.Amount(operation, d, "UpfrontCost"),
            CeValues.Amount(operation, d, "EstimatedMonthlySavingsAmount"),
            CeValues.Percent(operation, d, "EstimatedSavingsPercentage"),
            CeValues.Percent(operation, d, "EstimatedAverageUtilization"),
            CeValues.Amount(operation, d, "EstimatedSPCost"),
            CeValues.Amount(operation, d, "EstimatedOnDemandCost"),
            CeValues.Amount(operation, d, "EstimatedOnDemandCostWithCurrentCommitment"),
            CeValues.Amount(operation, d, "CurrentMinimumHourlyOnDemandSpend"),
            CeValues.Amount(operation, d, "CurrentMaximumHourlyOnDemandSpend"),
            CeValues.Amount(operation, d, "CurrentAverageHourlyOnDemandSpend"));
    }
}
