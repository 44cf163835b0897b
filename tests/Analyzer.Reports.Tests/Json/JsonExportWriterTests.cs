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
}
