using System.Text.Json;
using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Json;

/// <summary>The export's "commitment_portfolio" object, "commitments_held" object and "commitment_cost_explorer" array (reports/SCHEMA.md).</summary>
internal static class CommitmentContextJson
{
    public static void Write(Utf8JsonWriter json, CommitmentContext context)
    {
        WritePortfolio(json, context);
        json.WriteStartObject("commitments_held");
        json.WriteNumber("compute_hourly_usd", context.HeldComputeHourly);
        json.WriteString("compute_source", context.HeldComputeFromSetting ? "setting" : "bill");
        json.WriteStartArray("plans");
        foreach (var h in context.Held)
        {
            json.WriteStartObject();
            json.WriteString("account_id", h.AccountId);
            json.WriteString("savings_plan_arn", h.Arn);
            json.WriteString("plan", h.Plan);
            json.WriteNumberOrNull("term_years", h.TermYears);
            json.WriteString("payment", h.Payment);
            json.WriteString("applies_to", h.AppliesTo);
            json.WriteNumber("hourly_commitment_usd", h.HourlyCommitment);
            json.WriteString("ends_on", h.EndsOn is { } e ? ReportFormat.Date(e) : null);
            json.WriteBoolean("lapses_within_90_days", h.LapsesSoon);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("reserved_instances");
        foreach (var r in context.ReservedInstances)
        {
            json.WriteStartObject();
            json.WriteString("account_id", r.AccountId);
            json.WriteString("reserved_instances_id", r.ReservedInstancesId);
            json.WriteString("region", r.Region);
            json.WriteString("instance_type", r.InstanceType);
            json.WriteNumber("instance_count", r.InstanceCount);
            json.WriteString("scope", r.Scope);
            json.WriteString("availability_zone", r.AvailabilityZone);
            json.WriteString("offering_class", r.OfferingClass);
            json.WriteString("offering_type", r.OfferingType);
            json.WriteString("platform", r.Platform);
            json.WriteString("tenancy", r.Tenancy);
            json.WriteBoolean("applied", r.Applied);
            json.WriteString("covers", r.Covers);
            json.WriteNumber("on_demand_usd_per_hour", r.OnDemandUsdPerHour);
            json.WriteNumber("monthly_covered_usd", r.MonthlyCoveredUsd);
            json.WriteNumber("monthly_covered_today_usd", r.MonthlyCoveredTodayUsd);
            json.WriteString("ends_on", r.EndsOn is { } e ? ReportFormat.Date(e) : null);
            json.WriteBoolean("lapses_within_90_days", r.LapsesSoon);
            json.WriteString("state", r.State);
            json.WriteString("starts_on", r.StartsOn is { } s ? ReportFormat.Date(s) : null);
            json.WriteNumber("amortized_usd_per_hour", r.AmortizedUsdPerHour);
            json.WriteNumber("monthly_fee_usd", r.MonthlyFeeUsd);
            json.WriteNumber("monthly_stranded_usd", r.MonthlyStrandedUsd);
            json.WriteNumber("moved_workloads", r.MovedWorkloads);
            json.WriteNumber("moved_monthly_savings_usd", r.MovedMonthlySavingsUsd);
            json.WriteString("advice", r.Advice);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("commitment_cost_explorer");
        foreach (var c in context.CostExplorer)
        {
            json.WriteStartObject();
            json.WriteString("plan", c.Plan);
            json.WriteNumber("term_years", c.TermYears);
            json.WriteString("payment", c.Payment);
            json.WriteString("account_scope", c.Scope);
            json.WriteNumber("lookback_days", c.LookbackDays);
            json.WriteNumber("ce_hourly_commitment_usd", c.CostExplorerHourlyCommitment);
            json.WriteNumber("ce_monthly_savings_usd", c.CostExplorerMonthlySavings);
            json.WriteNumberOrNull("ce_utilization_percent", c.CostExplorerUtilizationPercent);
            json.WriteNumber("our_hourly_commitment_usd", c.OurHourlyCommitment);
            json.WriteNumber("our_monthly_savings_usd", c.OurMonthlySavings);
            json.WriteNumber("our_utilization_percent", c.OurUtilizationPercent);
            json.WriteNumber("ce_on_our_fleet_monthly_savings_usd", c.CostExplorerOnOursMonthlySavings);
            json.WriteNumber("ce_on_our_fleet_utilization_percent", c.CostExplorerOnOursUtilizationPercent);
            json.WriteString("reason", c.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WritePortfolio(Utf8JsonWriter json, CommitmentContext context)
    {
        json.WriteStartObject("commitment_portfolio");
        json.WriteNumber("monthly_without_rate_usd", context.MonthlyWithoutRate);
        json.WriteStartArray("without_rate");
        foreach (var w in context.WithoutRate)
        {
            json.WriteStartObject();
            json.WriteString("basis", w.Basis);
            json.WriteString("reason", w.Reason);
            json.WriteNumber("monthly_usd", w.MonthlyUsd);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (context.Billed is { } b)
        {
            json.WriteStartObject("spend_as_billed");
            json.WriteNumber("on_demand_today_usd", b.OnDemandToday);
            json.WriteNumber("billed_today_usd", b.BilledToday);
            json.WriteNumber("effective_savings_rate_today_percent", b.EffectiveSavingsRateToday);
            json.WriteNumber("on_demand_after_usd", b.OnDemandAfter);
            json.WriteNumber("spend_after_usd", b.SpendAfter);
            json.WriteNumber("effective_savings_rate_after_percent", b.EffectiveSavingsRateAfter);
            json.WriteNumber("savings_vs_billed_usd", b.SavingsVsBilled);
            json.WriteNumber("savings_vs_on_demand_usd", b.SavingsVsOnDemand);
            json.WriteNumber("reserved_instances_net_today_usd", b.ReservedNetToday);
            json.WriteNumber("reserved_instances_net_after_usd", b.ReservedNetAfter);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("spend_as_billed");
        }

        json.WriteStartArray("series");
        foreach (var s in context.Series)
        {
            json.WriteStartObject();
            json.WriteString("usage", s.Usage);
            json.WriteNumber("recommended_monthly_usd", s.RecommendedMonthly);
            json.WriteNumber("current_monthly_usd", s.CurrentMonthly);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("candidates");
        foreach (var c in context.Candidates)
        {
            json.WriteStartObject();
            json.WriteString("plan", c.Plan);
            json.WriteNumber("term_years", c.TermYears);
            json.WriteString("payment", c.Payment);
            json.WriteBoolean("recommended", c.Best);
            json.WriteNumber("hourly_commitment_usd", c.HourlyCommitment);
            json.WriteNumber("upfront_usd", c.UpfrontUsd);
            json.WriteNumber("monthly_net_savings_usd", c.MonthlyNetSavings);
            json.WriteNumber("utilization_percent", c.UtilizationPercent);
            json.WriteNumber("coverage_percent", c.CoveragePercent);
            json.WriteNumberOrNull("break_even_month", c.BreakEvenMonth);
            json.WriteNumber("buy_now_hourly_usd", c.BuyNowHourly);
            json.WriteNumber("after_rightsizing_hourly_usd", c.AfterRightsizingHourly);
            json.WriteNumber("max_hourly_commitment_usd", c.MaxHourlyCommitment);
            json.WriteNumber("max_monthly_net_savings_usd", c.MaxMonthlyNetSavings);
            json.WriteNumber("monthly_on_demand_usd", c.MonthlyOnDemand);
            json.WriteNumber("monthly_without_rate_usd", c.MonthlyWithoutRate);
            json.WriteNumber("drop_10_monthly_net_savings_usd", c.Drop10MonthlyNetSavings);
            json.WriteNumber("drop_20_monthly_net_savings_usd", c.Drop20MonthlyNetSavings);
            json.WriteNumber("drop_30_monthly_net_savings_usd", c.Drop30MonthlyNetSavings);
            json.WriteNumber("drop_30_utilization_percent", c.Drop30UtilizationPercent);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteLayered(json, context.Portfolio);
        if (context.Renewal is { } r)
        {
            json.WriteStartObject("renewal");
            json.WriteString("plan", r.Plan);
            json.WriteNumber("term_years", r.TermYears);
            json.WriteString("payment", r.Payment);
            json.WriteNumber("lapsing_plans", r.LapsingPlans);
            json.WriteNumber("lapsing_hourly_usd", r.LapsingHourly);
            json.WriteString("first_end", r.FirstEnd is { } e ? ReportFormat.Date(e) : null);
            json.WriteNumber("renew_hourly_usd", r.RenewHourly);
            json.WriteNumber("monthly_net_savings_usd", r.MonthlyNetSavings);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("renewal");
        }

        json.WriteEndObject();
    }

    // "layered": the RI and Compute plan portfolio with the most net savings, and its layers; null when none saves.
    private static void WriteLayered(Utf8JsonWriter json, CommitmentPortfolioLine? portfolio)
    {
        if (portfolio is null)
        {
            json.WriteNull("layered");
            return;
        }

        json.WriteStartObject("layered");
        json.WriteNumber("term_years", portfolio.TermYears);
        json.WriteString("payment", portfolio.Payment);
        json.WriteBoolean("recommended", portfolio.Recommended);
        json.WriteNumber("hourly_commitment_usd", portfolio.HourlyCommitment);
        json.WriteNumberOrNull("upfront_usd", portfolio.UpfrontUsd);
        json.WriteNumber("monthly_net_savings_usd", Math.Round(portfolio.MonthlyNetSavings, 2, MidpointRounding.AwayFromZero));
        json.WriteNumber("max_monthly_net_savings_usd", portfolio.MaxMonthlyNetSavings);
        json.WriteNumber("coverage_percent", portfolio.CoveragePercent);
        json.WriteNumber("monthly_on_demand_usd", portfolio.MonthlyOnDemand);
        json.WriteNumber("monthly_without_rate_usd", portfolio.MonthlyWithoutRate);
        json.WriteStartArray("layers");
        foreach (var l in portfolio.Layers)
        {
            json.WriteStartObject();
            json.WriteString("type", l.Plan);
            json.WriteString("scope", l.Scope);
            json.WriteNumber("term_years", portfolio.TermYears);
            json.WriteString("payment", portfolio.Payment);
            json.WriteString("instance_type", l.InstanceType);
            json.WriteNumberOrNull("instance_count", l.InstanceCount);
            json.WriteNumber("hourly_commitment_usd", l.HourlyCommitment);
            json.WriteNumberOrNull("upfront_usd", l.UpfrontUsd);
            json.WriteNumber("monthly_net_savings_usd", l.MonthlyNetSavings);
            json.WriteNumber("utilization_percent", l.UtilizationPercent);
            json.WriteNumber("coverage_percent", l.CoveragePercent);
            json.WriteNumberOrNull("break_even_month", l.BreakEvenMonth);
            CommitmentPurchasePlanJson.WriteLayer(json, l);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        CommitmentPurchasePlanJson.Write(json, portfolio.Purchase);
        json.WriteEndObject();
    }
}
