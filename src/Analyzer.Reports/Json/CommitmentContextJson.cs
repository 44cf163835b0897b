using System.Text.Json;
using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Json;

/// <summary>The export's "commitments_held" object and "commitment_cost_explorer" array (reports/SCHEMA.md).</summary>
internal static class CommitmentContextJson
{
    public static void Write(Utf8JsonWriter json, CommitmentContext context)
    {
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
}
