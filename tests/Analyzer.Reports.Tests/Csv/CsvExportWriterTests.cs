using System.Globalization;
using Analyzer.Reports.Csv;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Csv;

public sealed class CsvExportWriterTests
{
    [Fact]
    public void Render_RecommendedRows_SumToTheModelsWorkloadSavings()
    {
        var model = SampleReportModel.Create();

        var rows = Parse(CsvExportWriter.Render(model));

        var savings = rows.Where(r => r["recommended"] == "true").Sum(r => decimal.Parse(r["monthly_savings_usd"], CultureInfo.InvariantCulture));
        Assert.Equal(model.Summary.WorkloadSavings, savings);
    }

    [Fact]
    public void Render_CurrentCostPerWorkload_SumsToTheModelsSpend()
    {
        var model = SampleReportModel.Large();

        var rows = Parse(CsvExportWriter.Render(model));

        var spend = rows.DistinctBy(r => r["workload_id"]).Sum(r => decimal.Parse(r["current_monthly_cost_usd"], CultureInfo.InvariantCulture));
        Assert.Equal(model.Summary.MonthlySpendAnalyzed, spend);
    }

    [Fact]
    public void Render_SampleModel_HasOneRowPerWorkloadAndOption()
    {
        var model = SampleReportModel.Create();

        var rows = Parse(CsvExportWriter.Render(model));

        Assert.Equal(model.Workloads.Sum(w => w.Options.Count), rows.Count);
    }

    [Fact]
    public void Render_HostileName_RoundTripsAsQuotedText()
    {
        var rows = Parse(CsvExportWriter.Render(SampleReportModel.Create()));

        Assert.Equal(SampleReportModel.HostileName, rows.First(r => r["workload_id"] == SampleReportModel.HostileWorkloadId)["workload_name"]);
    }

    [Fact]
    public void Render_HostileWorkloadOptions_UseTheEnginesKebabCaseNames()
    {
        var rows = Parse(CsvExportWriter.Render(SampleReportModel.Create()));

        var hostile = rows.Where(r => r["workload_id"] == SampleReportModel.HostileWorkloadId).ToList();
        Assert.Equal(["current", "ec2-rightsized", "graviton"], hostile.Select(r => r["option"]));
        Assert.Equal(["none", "rightsizing", "graviton"], hostile.Select(r => r["savings_category"]));
        Assert.Equal(["very-low", "low", "medium"], hostile.Select(r => r["risk"]));
    }

    [Fact]
    public void Render_HostileWorkload_MarksTheRecommendedRowAndTheOthersWithReadableLabels()
    {
        var rows = Parse(CsvExportWriter.Render(SampleReportModel.Create()));

        var hostile = rows.Where(r => r["workload_id"] == SampleReportModel.HostileWorkloadId).ToList();
        Assert.Equal(["current", "recommended", "alternative"], hostile.Select(r => r["row_type"]));
        Assert.Equal(["Current", "EC2 rightsized", "Graviton"], hostile.Select(r => r["option_label"]));
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("web-01", "web-01")]
    public void Render_FormulaLikeName_IsPrefixedWithAnApostrophe(string name, string expected)
    {
        var rows = Parse(CsvExportWriter.Render(Xlsx.XlsxExportWriterTests.WithName(SampleReportModel.Create(), name)));

        Assert.Equal(expected, rows[0]["workload_name"]);
    }

    /// <summary>A small RFC 4180 reader, independent of the writer.</summary>
    [Fact]
    public void Render_ComputeOptimizerComparison_FillsTheCoColumnsOnEveryRowOfTheWorkload()
    {
        var model = ComputeOptimizerSample.Create();
        var differing = ComputeOptimizerSample.Differing(model);

        var rows = Parse(CsvExportWriter.Render(model)).Where(r => r["workload_id"] == differing.WorkloadId).ToArray();

        Assert.Equal(differing.Options.Count, rows.Length);
        Assert.All(rows, r => Assert.Equal(
            ("Overprovisioned", "m5.large", "123.46", "different-direction", ComputeOptimizerSample.HostileReason),
            (r["co_finding"], r["co_recommended_configuration"], r["co_estimated_monthly_savings_usd"], r["co_agreement"], r["co_reason"])));
    }

    [Fact]
    public void Render_WorkloadComputeOptimizerDoesNotCover_LeavesTheCoColumnsEmpty()
    {
        var rows = Parse(CsvExportWriter.Render(ComputeOptimizerSample.Create()));

        Assert.All(rows.Where(r => r["kind"] == "lambda_function"), r => Assert.Equal(string.Empty, r["co_agreement"] + r["co_finding"]));
        Assert.Contains(rows, r => r["kind"] == "ec2_instance" && r["co_agreement"] == "none");
    }

    [Fact]
    public void Render_CostExplorerComparison_FillsTheCeColumns()
    {
        var model = ComputeOptimizerSample.Create();
        var withCe = model.Workloads.Single(w => w.CostExplorer?.Source is not null);

        var row = Parse(CsvExportWriter.Render(model)).First(r => r["workload_id"] == withCe.WorkloadId);

        Assert.Equal(
            ("MODIFY", "m5.large", "61.32", "same-direction", ComputeOptimizerSample.CostExplorerReason),
            (row["ce_finding"], row["ce_recommended_configuration"], row["ce_estimated_monthly_savings_usd"], row["ce_agreement"], row["ce_reason"]));
    }

    private static List<Dictionary<string, string>> Parse(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { record.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { record.Add(cell.ToString()); cell.Clear(); records.Add(record); record = []; }
            else { cell.Append(c); }
        }

        var header = records[0];
        return records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
