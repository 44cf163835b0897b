using System.Text.Json;
using Analyzer.Reports.Json;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Json;

public sealed class CommitmentContextJsonTests
{
    [Fact]
    public void Render_CostExplorerRecommendation_CarriesBothCommitmentsAndSavings()
    {
        using var json = JsonDocument.Parse(JsonExportWriter.Render(CommitmentContextSample.Create()));

        var ce = Assert.Single(json.RootElement.GetProperty("commitment_cost_explorer").EnumerateArray());
        Assert.Equal((4.125m, 812.40m, 3.5m, 655.12m, 590.33m), (ce.GetProperty("ce_hourly_commitment_usd").GetDecimal(),
            ce.GetProperty("ce_monthly_savings_usd").GetDecimal(), ce.GetProperty("our_hourly_commitment_usd").GetDecimal(),
            ce.GetProperty("our_monthly_savings_usd").GetDecimal(), ce.GetProperty("ce_on_our_fleet_monthly_savings_usd").GetDecimal()));
    }

    [Fact]
    public void Render_HeldPlans_CarryTheComputeAmountAndTheLapseFlag()
    {
        using var json = JsonDocument.Parse(JsonExportWriter.Render(CommitmentContextSample.Create()));

        var held = json.RootElement.GetProperty("commitments_held");
        Assert.Equal((2.5m, "bill"), (held.GetProperty("compute_hourly_usd").GetDecimal(), held.GetProperty("compute_source").GetString()));
        Assert.Equal([true, false], held.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("lapses_within_90_days").GetBoolean()));
    }

    [Fact]
    public void Render_ReservedInstancesHeld_CarryWhatTheyCoverAndTheirExpiry()
    {
        using var json = JsonDocument.Parse(JsonExportWriter.Render(CommitmentContextSample.Create()));

        var ris = json.RootElement.GetProperty("commitments_held").GetProperty("reserved_instances").EnumerateArray().ToList();
        Assert.Equal(
            [("ri-0a1", "m5.xlarge", 2, true, 0.384m, 280.32m, "2026-12-01", true), ("ri-0b2<b>", "c5.large", 1, false, 0m, 0m, "2028-01-01", false)],
            ris.Select(r => (r.GetProperty("reserved_instances_id").GetString(), r.GetProperty("instance_type").GetString(), r.GetProperty("instance_count").GetInt32(),
                r.GetProperty("applied").GetBoolean(), r.GetProperty("on_demand_usd_per_hour").GetDecimal(), r.GetProperty("monthly_covered_usd").GetDecimal(),
                r.GetProperty("ends_on").GetString(), r.GetProperty("lapses_within_90_days").GetBoolean())));
        // ri-0a1 covers 400.00 today and 280.32 after: 119.68 stranded, beside its 250.00 fee.
        Assert.Equal((400.00m, 250.00m, 119.68m, "active", "2025-12-01"), (ris[0].GetProperty("monthly_covered_today_usd").GetDecimal(), ris[0].GetProperty("monthly_fee_usd").GetDecimal(),
            ris[0].GetProperty("monthly_stranded_usd").GetDecimal(), ris[0].GetProperty("state").GetString(), ris[0].GetProperty("starts_on").GetString()));
        Assert.StartsWith("stranded by the rightsizing", ris[0].GetProperty("advice").GetString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, ris[1].GetProperty("advice").GetString());
        Assert.Equal(("Availability Zone", "us-east-1a", "convertible"), (ris[1].GetProperty("scope").GetString(), ris[1].GetProperty("availability_zone").GetString(), ris[1].GetProperty("offering_class").GetString()));
    }

    [Fact]
    public void Render_NoCommitmentContext_WritesAnEmptyArray()
    {
        using var json = JsonDocument.Parse(JsonExportWriter.Render(SampleReportModel.Create()));

        Assert.Equal(0, json.RootElement.GetProperty("commitment_cost_explorer").GetArrayLength());
    }

    [Fact]
    public void Render_CommitmentPortfolio_CarriesUpfrontBreakEvenAndRenewal()
    {
        using var json = JsonDocument.Parse(JsonExportWriter.Render(CommitmentContextSample.Create()));

        var portfolio = json.RootElement.GetProperty("commitment_portfolio");
        var best = portfolio.GetProperty("candidates").EnumerateArray().First();
        Assert.Equal((true, 3.5m, 91980m, 16, 2.25m, 1.25m), (best.GetProperty("recommended").GetBoolean(), best.GetProperty("hourly_commitment_usd").GetDecimal(),
            best.GetProperty("upfront_usd").GetDecimal(), best.GetProperty("break_even_month").GetInt32(), best.GetProperty("buy_now_hourly_usd").GetDecimal(),
            best.GetProperty("after_rightsizing_hourly_usd").GetDecimal()));
        Assert.Equal(1530.75m, portfolio.GetProperty("monthly_without_rate_usd").GetDecimal());
        Assert.Equal(
            [("plan", "EC2 in eu-west-1 (no rate for the region)", 1000.00m), ("plan", "Fargate", 430.75m), ("plan", "Lambda", 100.00m), ("portfolio", "Fargate", 1000.00m), ("portfolio", "Lambda", 200.00m)],
            portfolio.GetProperty("without_rate").EnumerateArray().Select(w => (w.GetProperty("basis").GetString(), w.GetProperty("reason").GetString(), w.GetProperty("monthly_usd").GetDecimal())));
        Assert.Equal(1.75m, portfolio.GetProperty("renewal").GetProperty("renew_hourly_usd").GetDecimal());
        Assert.Equal(["EC2", "Fargate", "Lambda"], portfolio.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("usage").GetString()));
    }

    [Fact]
    public void Render_CommitmentPortfolioCsv_OneRowPerCandidateRecommendedFirst()
    {
        var csv = Analyzer.Reports.Csv.CommitmentCsvWriter.Render(CommitmentContextSample.Create()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, csv.Length);
        Assert.StartsWith("run_id,plan,term_years,payment,recommended,hourly_commitment_usd,upfront_usd", csv[0], StringComparison.Ordinal);
        Assert.Contains(",Compute Savings Plan,3,all,true,3.500,91980.00,3277.25,98.2,41.3,16,2.250,1.250,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LayeredPortfolio_CarriesEveryLayer()
    {
        using var json = JsonDocument.Parse(JsonExportWriter.Render(CommitmentContextSample.Create()));

        var layered = json.RootElement.GetProperty("commitment_portfolio").GetProperty("layered");
        Assert.Equal((3, "no", false, 3400.50m), (layered.GetProperty("term_years").GetInt32(), layered.GetProperty("payment").GetString(),
            layered.GetProperty("recommended").GetBoolean(), layered.GetProperty("monthly_net_savings_usd").GetDecimal()));
        Assert.Equal(
            [("us-east-1 m6g", (int?)12, 0.48m, 1610.25m), ("any region and family", null, 1.2m, 1790.25m)],
            layered.GetProperty("layers").EnumerateArray().Select(l => (l.GetProperty("scope").GetString(),
                l.GetProperty("instance_count").ValueKind == JsonValueKind.Null ? (int?)null : l.GetProperty("instance_count").GetInt32(),
                l.GetProperty("hourly_commitment_usd").GetDecimal(), l.GetProperty("monthly_net_savings_usd").GetDecimal())));
    }

    [Fact]
    public void Render_LayersCsv_OneRowPerLayerInOrderThenTheRenewalOnlyLayers()
    {
        var csv = Analyzer.Reports.Csv.CommitmentLayerCsvWriter.Render(CommitmentContextSample.Create()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, csv.Length);
        // Portfolio columns, then buy now (8 RIs, 0.32/h, 1,073.50), after (4, 0.16/h, 536.75), renewal (2, 0.08/h, 268.38), drops 10/20/30%.
        Assert.EndsWith(
            ",1,Standard Reserved Instances,us-east-1 m6g,3,no,false,m6g.large,12,0.480,0.00,1610.25,100.0,12.4,1,8,0.320,0.00,1073.50,4,0.160,0.00,536.75,2,0.080,0.00,268.38,1450.10,95.0,1210.40,88.0,905.20,80.5",
            csv[1], StringComparison.Ordinal);
        Assert.EndsWith(
            ",2,Compute Savings Plan,any region and family,3,no,false,,,1.200,0.00,1790.25,97.5,39.7,1,,0.900,0.00,1342.69,,0.300,0.00,447.56,,0.500,0.00,600.10,1500.00,95.1,1100.00,88.2,650.00,78.0",
            csv[2], StringComparison.Ordinal);
        // Only the renewal buys c6g: nothing of it in the portfolio today, 5 x c6g.large (0.2/h, 310) when the held plan lapses.
        Assert.EndsWith(",3,Standard Reserved Instances,us-east-1 c6g,3,no,false,c6g.large,0,0.000,0.00,0.00,,,,,,,,,,,,5,0.200,0.00,310.00,,,,,,", csv[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LayeredPortfolio_CarriesItsPurchasePlan()
    {
        using var json = JsonDocument.Parse(JsonExportWriter.Render(CommitmentContextSample.Create()));

        var layered = json.RootElement.GetProperty("commitment_portfolio").GetProperty("layered");
        var plan = layered.GetProperty("purchase_plan");
        // Now 0.32 + 0.9 = 1.22/h saving 2,416.19; after 0.46/h (984.31); renewal 0.78/h (1,178.48) as 2.5/h lapses on 2026-12-15.
        Assert.Equal((1.22m, 2416.19m, 2300.00m, 0.46m, 0.78m, 1, "2026-12-15"), (
            plan.GetProperty("buy_now").GetProperty("hourly_commitment_usd").GetDecimal(), plan.GetProperty("buy_now").GetProperty("monthly_net_savings_usd").GetDecimal(),
            plan.GetProperty("buy_now_monthly_net_savings_today_usd").GetDecimal(), plan.GetProperty("after_rightsizing").GetProperty("hourly_commitment_usd").GetDecimal(),
            plan.GetProperty("renewal").GetProperty("hourly_commitment_usd").GetDecimal(), plan.GetProperty("lapsing_plans").GetInt32(), plan.GetProperty("first_end").GetString()));
        Assert.Equal([2950.10m, 2310.40m, 1555.20m], plan.GetProperty("drops").EnumerateArray().Select(d => d.GetProperty("monthly_net_savings_usd").GetDecimal()));
        Assert.Equal("us-east-1 c6g", Assert.Single(plan.GetProperty("renewal_only_layers").EnumerateArray()).GetProperty("scope").GetString());
        var ri = layered.GetProperty("layers").EnumerateArray().First();
        Assert.Equal((8, 4, 80.5m), (ri.GetProperty("buy_now").GetProperty("instance_count").GetInt32(), ri.GetProperty("after_rightsizing").GetProperty("instance_count").GetInt32(),
            ri.GetProperty("drops").EnumerateArray().Last().GetProperty("utilization_percent").GetDecimal()));
    }
}
