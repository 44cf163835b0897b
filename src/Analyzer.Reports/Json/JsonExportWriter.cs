using System.Text.Json;
using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Workloads;

namespace Analyzer.Reports.Json;

/// <summary>
/// Writes recommendations.json (schema v2 in reports/SCHEMA.md): run metadata, totals and the same rows as the
/// CSV, with money as JSON numbers in USD rounded to cents.
/// </summary>
public static class JsonExportWriter
{
    public const string FileName = "recommendations.json";
    public const string SchemaName = "analyzer.recommendations";

    public static void Write(ReportModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("schema", SchemaName);
        json.WriteNumber("schema_version", ExportRow.SchemaVersion);
        json.WriteString("run_id", model.Cover.RunId);
        json.WriteString("generated_at", model.Cover.GeneratedAt.UtcDateTime);
        json.WriteString("period_start", model.Cover.Period.Start);
        json.WriteString("period_end", model.Cover.Period.End);
        json.WriteString("prices_as_of", ReportFormat.Date(model.Cover.PricesAsOf));
        json.WriteString("currency", "USD");
        json.WriteString("team_tag_key", model.TeamTagKey);

        json.WriteStartObject("totals");
        json.WriteNumber("monthly_spend_usd", model.Summary.MonthlySpendAnalyzed);
        json.WriteNumber("workload_savings_usd", model.Summary.WorkloadSavings);
        json.WriteNumber("commitment_savings_usd", model.Summary.CommitmentSavings);
        json.WriteNumber("total_savings_usd", model.Summary.TotalMonthlySavings);
        json.WriteNumber("workloads", model.Workloads.Count);
        json.WriteNumber("recommendations", model.Recommendations.Count);
        json.WriteStartObject("savings_by_lever_usd");
        foreach (var lever in model.Summary.ByFamily)
        {
            json.WriteNumber(lever.Category.ToName(), lever.MonthlySavings);
        }

        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("bill_months");
        foreach (var month in model.BillMonths)
        {
            json.WriteStartObject();
            json.WriteString("month", ReportFormat.Date(month.Month));
            json.WriteNumber("compute_usd", month.Compute);
            json.WriteNumber("total_usd", month.Total);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (model.Commitment is { } c)
        {
            json.WriteStartObject("commitment");
            json.WriteString("plan", c.Plan);
            json.WriteNumber("term_years", c.TermYears);
            json.WriteString("payment", c.Payment);
            json.WriteNumber("hourly_commitment_usd", c.HourlyCommitment);
            json.WriteNumber("monthly_net_savings_usd", c.MonthlyNetSavings);
            json.WriteNumber("coverage_percent", c.CoveragePercent);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("commitment");
        }

        CommitmentContextJson.Write(json, model.CommitmentContext);
        WriteCoverage(json, "compute_optimizer", model.ComputeOptimizerCoverage);
        WriteCoverage(json, "cost_explorer", model.CostExplorerCoverage);
        LandscapeJson.Write(json, model);

        json.WriteStartArray("rows");
        foreach (var row in ExportRow.From(model))
        {
            WriteRow(json, row);
            if (json.BytesPending > 1 << 16)
            {
                // The writer buffers until flushed: hand the rows to the stream as they come.
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static byte[] Render(ReportModel model)
    {
        using var stream = new MemoryStream();
        Write(model, stream);
        return stream.ToArray();
    }

    /// <summary>Streams the document to the file (a 100,000-workload export is never held whole).</summary>
    public static Task WriteAsync(ReportModel model, string path, CancellationToken cancellationToken) =>
        ReportFileWriter.WriteAsync(path, (stream, _) =>
        {
            Write(model, stream);
            return Task.CompletedTask;
        }, cancellationToken);

    private static void WriteRow(Utf8JsonWriter json, ExportRow row)
    {
        var w = row.Workload;
        var o = row.Option;
        json.WriteStartObject();
        json.WriteString("workload_id", w.WorkloadId);
        json.WriteString("workload_name", w.Name);
        json.WriteString("account_id", w.AccountId);
        json.WriteString("region", w.Region);
        json.WriteString("kind", row.Kind);
        json.WriteString("team", row.Team);
        json.WriteStartObject("tags");
        foreach (var tag in w.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            json.WriteString(tag.Key, tag.Value);
        }

        json.WriteEndObject();
        json.WriteString("current_configuration", w.CurrentConfiguration);
        json.WriteNumber("current_monthly_cost_usd", w.CurrentMonthlyCost);
        json.WriteNumberOrNull("cpu_p95_percent", OneDecimal(w.CpuP95Percent));
        json.WriteNumberOrNull("memory_p95_percent", OneDecimal(w.MemoryP95Percent));
        if (o is null)
        {
            json.WriteNull("option");
        }
        else
        {
            json.WriteString("option", o.Family.ToName());
            json.WriteString("savings_category", o.Category.ToName());
            json.WriteString("option_configuration", o.Configuration);
            json.WriteNumber("option_monthly_cost_usd", o.MonthlyCost);
            json.WriteNumber("monthly_savings_usd", row.MonthlySavings!.Value);
            json.WriteBoolean("recommended", o.Recommended);
            json.WriteBoolean("feasible", o.Feasible);
            json.WriteString("effort", ExportRow.LevelName(o.Effort));
            json.WriteString("risk", ExportRow.LevelName(o.Risk));
            json.WriteString("confidence", ExportRow.LevelName(o.Confidence));
            json.WriteString("rationale", o.Rationale);
        }

        foreach (var (prefix, c) in row.AwsComparisons)
        {
            json.WriteStringOrNull(prefix + "_finding", c?.Finding);
            json.WriteStringOrNull(prefix + "_recommended_configuration", c?.RecommendedConfiguration);
            json.WriteNumberOrNull(prefix + "_estimated_monthly_savings_usd", c?.EstimatedMonthlySavingsUsd);

            json.WriteStringOrNull(prefix + "_agreement", c?.Agreement.ToName());
            json.WriteStringOrNull(prefix + "_reason", c?.Reason);
        }

        json.WriteString("row_type", row.RowType);
        json.WriteStringOrNull("option_label", o?.Label);
        json.WriteEndObject();
    }

    private static void WriteCoverage(Utf8JsonWriter json, string name, ComputeOptimizerCoverage coverage)
    {
        json.WriteStartObject(name);
        json.WriteNumber("ec2_workloads", coverage.Ec2Workloads);
        json.WriteNumber("workloads", coverage.Workloads);
        json.WriteNumber("covered", coverage.Covered);
        json.WriteNumber("agrees", coverage.Agrees);
        json.WriteNumber("same_direction", coverage.SameDirection);
        json.WriteNumber("different_direction", coverage.DifferentDirection);
        json.WriteStartObject("by_kind");
        foreach (var kind in coverage.Kinds)
        {
            json.WriteStartObject(kind.Kind.ToName());
            json.WriteNumber("workloads", kind.Workloads);
            json.WriteNumber("covered", kind.Covered);
            json.WriteNumber("agrees", kind.Agrees);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static double? OneDecimal(double? percent) => percent is { } p ? Math.Round(p, 1) : null;
}
