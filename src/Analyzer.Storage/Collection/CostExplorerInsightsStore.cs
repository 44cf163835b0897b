using Analyzer.Core.Collection;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Collection;

/// <summary>
/// Loads <see cref="CostExplorerInsights"/>: each set that was read replaces the store's rows for its scope (the
/// account, or the account and the days re-read), all in one transaction, appended in bulk. A null set was not read
/// and leaves its rows as they were; a failed load leaves the store as it was.
/// </summary>
public sealed class CostExplorerInsightsStore(AnalyzerStore store, TimeProvider time)
{
    public void Replace(CostExplorerInsights insights)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var collectedAt = time.GetUtcNow().UtcDateTime;
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        var account = new Dictionary<string, object?> { ["account_id"] = insights.AccountId };
        var planDays = Days(insights.AccountId, insights.SavingsPlansStart, insights.SavingsPlansEnd);
        if (insights.SavingsPlansHeld is { } held)
        {
            connection.Execute(QueryCatalog.Get("collection/insights/delete_savings_plans_held"), account);
            AppendHeld(connection, insights, held, collectedAt);
        }

        if (insights.SavingsPlansUtilization is { } utilization)
        {
            ScopedRows.Replace(connection, "collection/insights/delete_savings_plans_utilization", planDays, "savings_plans_utilization_daily", utilization, (appender, u) =>
                appender.Append(u.UsageDate).Append(u.AccountId).Append(u.TotalCommitmentUsd).Append(u.UsedCommitmentUsd)
                    .Append(u.UnusedCommitmentUsd).Append(u.UtilizationPercent).Append(u.OnDemandEquivalentUsd).Append(u.NetSavingsUsd)
                    .Append(collectedAt).EndRow());
        }

        if (insights.SavingsPlansCoverage is { } coverage)
        {
            ScopedRows.Replace(connection, "collection/insights/delete_savings_plans_coverage", planDays, "savings_plans_coverage_daily", coverage, (appender, c) =>
                appender.Append(c.UsageDate).Append(c.AccountId).Append(c.SpendCoveredUsd).Append(c.OnDemandCostUsd).Append(c.TotalCostUsd)
                    .Append(c.CoveragePercent).Append(collectedAt).EndRow());
        }

        if (insights.PurchaseRecommendations is { } recommendations)
        {
            connection.Execute(QueryCatalog.Get("collection/insights/delete_purchase_recommendations"), account);
            connection.Execute(QueryCatalog.Get("collection/insights/delete_purchase_recommendation_details"), account);
            CostExplorerRecommendationRows.AppendPurchases(connection, recommendations, collectedAt);
        }

        if (insights.Rightsizing is { } rightsizing)
        {
            connection.Execute(QueryCatalog.Get("collection/insights/delete_rightsizing"), account);
            CostExplorerRecommendationRows.AppendRightsizing(connection, rightsizing, collectedAt);
        }

        if (insights.ResourceCosts is { } lines)
        {
            ScopedRows.Replace(connection, "collection/insights/delete_resource_costs", Days(insights.AccountId, insights.ResourceStart, insights.ResourceEnd), "cost_resource_daily", lines, (appender, l) =>
                appender.Append(l.UsageDate).Append(l.AccountId).Append(l.ResourceId).Append(l.Service).Append(l.UnblendedCost)
                    .Append(l.AmortizedCost).Append(l.UsageQuantity).Append(collectedAt).EndRow());
        }

        transaction.Commit();
    }

    private static Dictionary<string, object?> Days(string accountId, DateOnly first, DateOnly end) => new()
    {
        ["account_id"] = accountId,
        ["first_day"] = first,
        ["end_day"] = end,
    };

    private static void AppendHeld(DuckDbConnection connection, CostExplorerInsights insights, IReadOnlyList<SavingsPlanHeld> held, DateTime collectedAt)
    {
        using var appender = connection.CreateAppender("savings_plans_held");
        foreach (var p in held)
        {
            appender.Append(p.AccountId).Append(p.SavingsPlanArn).Append(p.PlanType).Append(p.TermYears).Append(p.PaymentOption)
                .Append(p.Region).Append(p.InstanceFamily).Append(p.HourlyCommitmentUsd).Append(p.StartsAt).Append(p.EndsAt)
                .Append(insights.SavingsPlansStart).Append(insights.SavingsPlansEnd).Append(p.TotalCommitmentUsd).Append(p.UsedCommitmentUsd)
                .Append(p.UtilizationPercent).Append(p.OnDemandEquivalentUsd).Append(p.NetSavingsUsd).Append(collectedAt).EndRow();
        }
    }
}
