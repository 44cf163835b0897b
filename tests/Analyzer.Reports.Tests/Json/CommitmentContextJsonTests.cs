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
    public void Render_NoCommitmentContext_WritesAnEmptyArray()
    {
        using var json = JsonDocument.Parse(JsonExportWriter.Render(SampleReportModel.Create()));

        Assert.Equal(0, json.RootElement.GetProperty("commitment_cost_explorer").GetArrayLength());
    }
}
