using Analyzer.Core.Collection;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Collection;

/// <summary>Appends Cost Explorer's recommendation rows, column by column in the tables' order (0005).</summary>
internal static class CostExplorerRecommendationRows
{
    public static void AppendPurchases(DuckDbConnection connection, IReadOnlyList<SavingsPlanPurchaseRecommendation> recommendations, DateTime collectedAt)
    {
        using (var appender = connection.CreateAppender("ce_savings_plan_recommendations"))
        {
            foreach (var r in recommendations)
            {
                appender.Append(r.AccountId).Append(r.AccountScope).Append(r.PlanType).Append(r.TermYears).Append(r.PaymentOption)
                    .Append(r.LookbackDays).Append(r.RecommendationId).Append(r.GeneratedAt).Append(r.Details.Count)
                    .Append(r.HourlyCommitmentUsd).Append(r.EstimatedMonthlySavingsUsd).Append(r.EstimatedSavingsPercent)
                    .Append(r.EstimatedAverageUtilizationPercent).Append(r.CurrentAverageHourlyOnDemandUsd).Append(r.CurrentOnDemandSpendUsd)
                    .Append(r.EstimatedTotalCostUsd).Append(r.EstimatedOnDemandCostWithCurrentCommitmentUsd).Append(r.EstimatedRoiPercent)
                    .Append(collectedAt).EndRow();
            }
        }

        using var details = connection.CreateAppender("ce_savings_plan_recommendation_details");
        foreach (var r in recommendations)
        {
            foreach (var d in r.Details)
            {
                details.Append(r.AccountId).Append(r.PlanType).Append(r.TermYears).Append(r.PaymentOption).Append(r.LookbackDays)
                    .Append(d.AccountId).Append(d.Region).Append(d.InstanceFamily).Append(d.OfferingId).Append(d.HourlyCommitmentUsd)
                    .Append(d.UpfrontCostUsd).Append(d.EstimatedMonthlySavingsUsd).Append(d.EstimatedSavingsPercent)
                    .Append(d.EstimatedAverageUtilizationPercent).Append(d.EstimatedSavingsPlanCostUsd).Append(d.EstimatedOnDemandCostUsd)
                    .Append(d.EstimatedOnDemandCostWithCurrentCommitmentUsd).Append(d.CurrentMinimumHourlyOnDemandUsd)
                    .Append(d.CurrentMaximumHourlyOnDemandUsd).Append(d.CurrentAverageHourlyOnDemandUsd).Append(collectedAt).EndRow();
            }
        }
    }

    public static void AppendRightsizing(DuckDbConnection connection, IReadOnlyList<CeRightsizingRecommendation> recommendations, DateTime collectedAt)
    {
        using var appender = connection.CreateAppender("ce_rightsizing_recommendations");
        foreach (var r in recommendations)
        {
            appender.Append(r.AccountId).Append(r.Region).Append(r.InstanceId).Append(r.InstanceName).Append(r.CurrentInstanceType)
                .Append(r.CurrentMonthlyCostUsd).Append(r.RightsizingType).Append(r.TargetInstanceType).Append(r.TargetMonthlyCostUsd)
                .Append(r.EstimatedMonthlySavingsUsd).Append(r.MaxCpuPercent).Append(r.MaxMemoryPercent).Append(r.FindingReasons)
                .Append(r.LookbackDays).Append(r.GeneratedAt).Append(collectedAt).EndRow();
        }
    }
}
