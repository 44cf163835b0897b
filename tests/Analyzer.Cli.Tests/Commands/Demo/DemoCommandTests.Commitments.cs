using System.Globalization;

namespace Analyzer.Cli.Tests.Commands.Demo;

/// <summary>The demo's held Compute Savings Plans and Cost Explorer's recommendation, measured from the store.</summary>
public sealed partial class DemoCommandTests
{
    [Fact]
    public void Demo_HeldComputePlans_AreWhatTheCommitmentAdviceIsBeyond()
    {
        decimal heldOnBill, heldInRun;
        using (var connection = Connect(out var store))
        using (store)
        {
            heldOnBill = connection.ExecuteScalar<decimal>("SELECT sum(hourly_commitment_usd) FROM savings_plans_held WHERE plan_type = 'Compute'");
            heldInRun = connection.ExecuteScalar<decimal>("SELECT max(held_commitment) FROM savings_plan_results WHERE run_id = $1 AND plan = 'compute'", demo.LatestRunId);
        }

        var held = Json().RootElement.GetProperty("commitments_held");

        Assert.True(heldOnBill > 0);
        Assert.Equal((heldOnBill, Math.Round(heldOnBill, 3), 3), (heldInRun, held.GetProperty("compute_hourly_usd").GetDecimal(), held.GetProperty("plans").GetArrayLength()));
    }

    [Fact]
    public void Demo_CostExplorerRecommendation_ShowsInTheJsonAndHtmlSummedOverAccounts()
    {
        decimal ce;
        using (var connection = Connect(out var store))
        using (store)
        {
            ce = connection.ExecuteScalar<decimal>("""
                SELECT sum(hourly_commitment_usd) FROM ce_savings_plan_recommendations
                WHERE plan_type = 'COMPUTE_SP' AND term_years = 1 AND payment_option = 'NO_UPFRONT' AND account_scope = 'LINKED'
                """);
        }

        var row = Json().RootElement.GetProperty("commitment_cost_explorer").EnumerateArray()
            .Single(r => r.GetProperty("term_years").GetInt32() == 1 && r.GetProperty("payment").GetString() == "no");
        var shown = Math.Round(ce, 3, MidpointRounding.AwayFromZero);

        Assert.Equal(shown, row.GetProperty("ce_hourly_commitment_usd").GetDecimal());
        Assert.Contains("<td class=\"n\">$" + shown.ToString("#,##0.00##", CultureInfo.InvariantCulture) + "/h</td>", demo.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_CostExplorerCommitmentOnOurFleet_IsWhatTheStoreEvaluated()
    {
        decimal onOurs;
        using (var connection = Connect(out var store))
        using (store)
        {
            onOurs = connection.ExecuteScalar<decimal>(
                "SELECT ce_on_ours_monthly_savings FROM savings_plan_ce_comparisons WHERE run_id = $1 AND plan = 'compute' AND term_years = 1 AND payment = 'no'",
                demo.LatestRunId);
        }

        var row = Json().RootElement.GetProperty("commitment_cost_explorer").EnumerateArray()
            .Single(r => r.GetProperty("term_years").GetInt32() == 1 && r.GetProperty("payment").GetString() == "no");

        Assert.Equal(Math.Round(onOurs, 2, MidpointRounding.AwayFromZero), row.GetProperty("ce_on_our_fleet_monthly_savings_usd").GetDecimal());
    }
}
