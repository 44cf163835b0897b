using System.Text.Json;
using Analyzer.Reports.Json;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Json;

public sealed class JsonExportWriterTests
{
    [Fact]
    public void Render_Totals_EqualTheModelsToTheCent()
    {
        var model = SampleReportModel.Create();

        using var json = JsonDocument.Parse(JsonExportWriter.Render(model));

        var totals = json.RootElement.GetProperty("totals");
        Assert.Equal(model.Summary.MonthlySpendAnalyzed, totals.GetProperty("monthly_spend_usd").GetDecimal());
        Assert.Equal(model.Summary.TotalMonthlySavings, totals.GetProperty("total_savings_usd").GetDecimal());
    }

    [Fact]
    public void Render_RecommendedRows_SumToTheWorkloadSavingsTotal()
    {
        var model = SampleReportModel.Large();

        using var json = JsonDocument.Parse(JsonExportWriter.Render(model));

        var sum = json.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("recommended").GetBoolean())
            .Sum(r => r.GetProperty("monthly_savings_usd").GetDecimal());
        Assert.Equal(model.Summary.WorkloadSavings, sum);
    }

    [Fact]
    public void Render_Header_CarriesSchemaNameAndVersion()
    {
        using var json = JsonDocument.Parse(JsonExportWriter.Render(SampleReportModel.Create()));

        Assert.Equal("analyzer.recommendations", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("schema_version").GetInt32());
    }

    [Fact]
    public void Render_ComputeOptimizerComparisons_WritesTheCoverageAndTheRowFields()
    {
        var model = ComputeOptimizerSample.Create();
        var differing = ComputeOptimizerSample.Differing(model);

        using var json = JsonDocument.Parse(JsonExportWriter.Render(model));
        var coverage = json.RootElement.GetProperty("compute_optimizer");
        var row = json.RootElement.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("workload_id").GetString() == differing.WorkloadId);

        Assert.Equal((2, 1, 1), (coverage.GetProperty("covered").GetInt32(), coverage.GetProperty("agrees").GetInt32(), coverage.GetProperty("different_direction").GetInt32()));
        Assert.Equal(model.ComputeOptimizerCoverage.Ec2Workloads, coverage.GetProperty("ec2_workloads").GetInt32());
        Assert.Equal("different-direction", row.GetProperty("co_agreement").GetString());
        Assert.Equal(123.46m, row.GetProperty("co_estimated_monthly_savings_usd").GetDecimal());
    }

    [Fact]
    public void Render_CostExplorerComparisons_WritesItsCoverageByKindAndTheCeFields()
    {
        var model = ComputeOptimizerSample.Create();
        var withCe = model.Workloads.Single(w => w.CostExplorer?.Source is not null);

        using var json = JsonDocument.Parse(JsonExportWriter.Render(model));
        var ec2 = json.RootElement.GetProperty("cost_explorer").GetProperty("by_kind").GetProperty("ec2_instance");
        var row = json.RootElement.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("workload_id").GetString() == withCe.WorkloadId);

        Assert.Equal((model.CostExplorerCoverage.Ec2Workloads, 1, 0), (ec2.GetProperty("workloads").GetInt32(), ec2.GetProperty("covered").GetInt32(), ec2.GetProperty("agrees").GetInt32()));
        Assert.Equal(("same-direction", 61.32m), (row.GetProperty("ce_agreement").GetString(), row.GetProperty("ce_estimated_monthly_savings_usd").GetDecimal()));
    }
}
