using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using MiniExcelLibs;

namespace Analyzer.Reports.Xlsx;

/// <summary>
/// Writes recommendations.xlsx: sheets summary, recommendations (the recommended option per workload), options (every
/// row of the CSV, the same columns and values), commitments and data quality. Money and percentages are numbers;
/// text is neutralised against formula injection exactly as in the CSV.
/// </summary>
public static class XlsxExportWriter
{
    public const string FileName = "recommendations.xlsx";

    public static IReadOnlyList<string> SheetNames { get; } = ["summary", "recommendations", "options", "commitments", "data quality"];

    public static byte[] Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rows = ExportRow.From(model).Select(r => Row(ExportRow.Columns, r.Values(model.Cover.RunId))).ToList();
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [SheetNames[0]] = Summary(model),
            [SheetNames[1]] = rows.Where(r => r["row_type"] is ExportRow.RecommendedRow).ToList(),
            [SheetNames[2]] = rows,
            [SheetNames[3]] = Commitments(model),
            [SheetNames[4]] = DataQuality(model),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static Task WriteAsync(ReportModel model, string path, CancellationToken cancellationToken) =>
        ReportFileWriter.WriteAsync(path, Render(model), cancellationToken);

    private static Dictionary<string, object?> Row(string[] columns, object?[] values)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            row[columns[i]] = values[i] is string text ? ExportRow.Neutralise(text) : values[i] is bool b ? (b ? "true" : "false") : values[i];
        }

        return row;
    }

    private static List<Dictionary<string, object?>> Summary(ReportModel model)
    {
        string[] columns = ["item", "value_usd", "note"];
        var s = model.Summary;
        var rows = new List<object?[]>
        {
            new object?[] { "monthly spend analyzed (on-demand equivalent)", s.MonthlySpendAnalyzed, $"{model.Workloads.Count} workloads" },
            new object?[] { "workload savings", s.WorkloadSavings, "per month" },
            new object?[] { "commitment savings", s.CommitmentSavings, "per month" },
            new object?[] { "total savings", s.TotalMonthlySavings, "per month" },
        };
        rows.AddRange(s.ByFamily.Select(f => new object?[] { "savings: " + f.Category.ToName(), f.MonthlySavings, $"{f.Workloads} workloads" }));
        rows.AddRange(model.BillMonths.Select(m => new object?[] { "billed compute " + ReportFormat.Date(m.Month), m.Compute, "all services " + ReportFormat.Usd(m.Total) }));
        return [.. rows.Select(r => Row(columns, r))];
    }

    private static List<Dictionary<string, object?>> Commitments(ReportModel model)
    {
        string[] columns = ["line", "plan", "term_years", "payment", "hourly_commitment_usd", "monthly_savings_usd", "note"];
        var rows = new List<object?[]>();
        if (model.Commitment is { } c)
        {
            rows.Add(["recommended", c.Plan, c.TermYears, c.Payment, c.HourlyCommitment, c.MonthlyNetSavings, $"coverage {ReportFormat.Percent(c.CoveragePercent)}"]);
        }

        if (model.CommitmentContext.Portfolio is { } p)
        {
            rows.AddRange(p.Layers.Select(l => new object?[]
            {
                p.Recommended ? "layer (recommended)" : "layer", l.Plan, p.TermYears, p.Payment, l.HourlyCommitment, l.MonthlyNetSavings,
                $"{l.Scope}{(l.InstanceCount is { } n ? $", {n} x {l.InstanceType}" : string.Empty)}, utilization {ReportFormat.Percent(l.UtilizationPercent)}, coverage {ReportFormat.Percent(l.CoveragePercent)}",
            }));
            if (p.Purchase is { } plan)
            {
                static string Upfront(CommitmentTrancheLine t) => t.UpfrontUsd is { } u ? "upfront " + ReportFormat.Usd(u) : "upfront not in catalog";
                string Drops() => string.Join(" / ", plan.Drops.Select(d => ReportFormat.Usd(d.MonthlyNetSavings)));
                rows.Add(["portfolio: buy now", CommitmentPortfolioLine.PlanName, p.TermYears, p.Payment, plan.Now.HourlyCommitment, plan.Now.MonthlyNetSavings,
                    $"{Upfront(plan.Now)}; saves {ReportFormat.Usd(plan.NowMonthlyNetSavingsToday)}/month on today's fleet"]);
                rows.Add(["portfolio: after rightsizing", CommitmentPortfolioLine.PlanName, p.TermYears, p.Payment, plan.AfterRightsizing.HourlyCommitment,
                    plan.AfterRightsizing.MonthlyNetSavings, $"{Upfront(plan.AfterRightsizing)}; if usage drops 10/20/30% the portfolio saves {Drops()}"]);
                if (plan.HasRenewal)
                {
                    rows.Add(["portfolio: renewal", CommitmentPortfolioLine.PlanName, p.TermYears, p.Payment, plan.Renewal.HourlyCommitment, plan.Renewal.MonthlyNetSavings,
                        $"{Upfront(plan.Renewal)}; as {plan.LapsingPlans} plan(s) held, {ReportFormat.Usd(plan.LapsingHourly)}/h, lapse{(plan.FirstEnd is { } end ? " from " + ReportFormat.Date(end) : string.Empty)}"]);
                }
            }
        }

        rows.AddRange(model.CommitmentContext.Held.Select(h => new object?[]
            { "held", h.Plan, h.TermYears, h.Payment, h.HourlyCommitment, null, $"{h.AccountId} {h.AppliesTo}{(h.EndsOn is { } end ? ", ends " + ReportFormat.Date(end) : string.Empty)}" }));
        rows.AddRange(model.CommitmentContext.ReservedInstances.Select(r => new object?[]
        {
            "held reserved instances", $"{r.InstanceCount} x {r.InstanceType} ({r.OfferingClass}, {r.Scope})", null, r.OfferingType, null, null,
            $"{r.AccountId} {r.ReservedInstancesId}: {r.Covers}{(r.Applied ? $", covers {ReportFormat.Usd(r.MonthlyCoveredTodayUsd)}/month today, {ReportFormat.Usd(r.MonthlyCoveredUsd)}/month on the recommended fleet, fee {ReportFormat.Usd(r.MonthlyFeeUsd)}/month" : string.Empty)}{(r.EndsOn is { } end ? ", ends " + ReportFormat.Date(end) : string.Empty)}{(r.Advice.Length > 0 ? "; " + r.Advice : string.Empty)}",
        }));
        rows.AddRange(model.CommitmentContext.CostExplorer.Select(e => new object?[]
            { "cost explorer", e.Plan, e.TermYears, e.Payment, e.CostExplorerHourlyCommitment, e.CostExplorerMonthlySavings, e.Reason }));
        return [.. rows.Select(r => Row(columns, r))];
    }

    private static List<Dictionary<string, object?>> DataQuality(ReportModel model)
    {
        string[] columns = ["severity", "cause", "subject", "detail", "workloads", "effect", "action"];
        return [.. model.DataQuality.Issues.Select(i => Row(columns, [
            i.Severity.ToName(), i.Category, i.Subject, i.Detail, i.AffectedWorkloads, i.ConfidenceEffect, i.Action ?? string.Empty]))];
    }
}
