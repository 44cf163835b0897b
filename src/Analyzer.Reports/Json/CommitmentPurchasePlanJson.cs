using System.Text.Json;
using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Json;

/// <summary>
/// The purchase plan of the layered portfolio in the export (reports/SCHEMA.md): each layer's "buy_now",
/// "after_rightsizing" and "renewal" tranches and "drops", and the portfolio's "purchase_plan" totals.
/// </summary>
internal static class CommitmentPurchasePlanJson
{
    /// <summary>A layer's tranches and usage-drop risk (nulls and an empty array for a run before they were stored).</summary>
    public static void WriteLayer(Utf8JsonWriter json, CommitmentLayerLine layer)
    {
        WriteTranche(json, "buy_now", layer.Now);
        WriteTranche(json, "after_rightsizing", layer.AfterRightsizing);
        WriteTranche(json, "renewal", layer.Renewal);
        WriteDrops(json, layer.Drops);
    }

    /// <summary>"purchase_plan": the tranches summed, the buy-now savings on today's fleet, the drops, the renewal; null before migration 0016.</summary>
    public static void Write(Utf8JsonWriter json, CommitmentPurchasePlanLine? plan)
    {
        if (plan is null)
        {
            json.WriteNull("purchase_plan");
            return;
        }

        json.WriteStartObject("purchase_plan");
        json.WriteNumber("steady_share_percent", plan.SteadySharePercent);
        json.WriteNumber("monthly_net_savings_without_compute_rate_usd", plan.MonthlyNetSavingsWithoutComputeRate);
        json.WriteString("regions_without_compute_rate", plan.RegionsWithoutComputeRate);
        WriteTranche(json, "buy_now", plan.Now);
        json.WriteNumber("buy_now_monthly_net_savings_today_usd", plan.NowMonthlyNetSavingsToday);
        WriteTranche(json, "after_rightsizing", plan.AfterRightsizing);
        WriteTranche(json, "renewal", plan.Renewal);
        json.WriteNumber("lapsing_plans", plan.LapsingPlans);
        json.WriteNumber("lapsing_hourly_usd", plan.LapsingHourly);
        json.WriteString("first_end", plan.FirstEnd is { } e ? ReportFormat.Date(e) : null);
        WriteDrops(json, plan.Drops);
        json.WriteStartArray("renewal_only_layers");
        foreach (var l in plan.RenewalOnly)
        {
            json.WriteStartObject();
            json.WriteString("type", l.Plan);
            json.WriteString("scope", l.Scope);
            json.WriteString("instance_type", l.InstanceType);
            WriteTranche(json, "renewal", l.Renewal);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTranche(Utf8JsonWriter json, string name, CommitmentTrancheLine? tranche)
    {
        if (tranche is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumberOrNull("instance_count", tranche.InstanceCount);
        json.WriteNumber("hourly_commitment_usd", tranche.HourlyCommitment);
        json.WriteNumberOrNull("upfront_usd", tranche.UpfrontUsd);
        json.WriteNumber("monthly_net_savings_usd", tranche.MonthlyNetSavings);
        json.WriteEndObject();
    }

    private static void WriteDrops(Utf8JsonWriter json, IReadOnlyList<CommitmentDropLine> drops)
    {
        json.WriteStartArray("drops");
        foreach (var d in drops)
        {
            json.WriteStartObject();
            json.WriteNumber("drop_percent", d.DropPercent);
            json.WriteNumber("monthly_net_savings_usd", d.MonthlyNetSavings);
            json.WriteNumber("utilization_percent", d.UtilizationPercent);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
