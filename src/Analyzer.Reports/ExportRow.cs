using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Workloads;

namespace Analyzer.Reports;

/// <summary>
/// One row of the recommendations export (schema in reports/SCHEMA.md): one workload and one option, or the
/// workload alone when no option was priced. CSV and JSON are written from the same rows.
/// </summary>
internal sealed record ExportRow(WorkloadReport Workload, string Team, ReportOption? Option)
{
    public const int SchemaVersion = 2;

    public static readonly string[] Columns =
    [
        "schema_version", "run_id", "workload_id", "workload_name", "account_id", "region", "kind", "team",
        "current_configuration", "current_monthly_cost_usd", "option", "savings_category", "option_configuration",
        "option_monthly_cost_usd", "monthly_savings_usd", "recommended", "feasible", "effort", "risk", "confidence",
        "cpu_p95_percent", "memory_p95_percent", "rationale",
        "co_finding", "co_recommended_configuration", "co_estimated_monthly_savings_usd", "co_agreement", "co_reason",
        "ce_finding", "ce_recommended_configuration", "ce_estimated_monthly_savings_usd", "ce_agreement", "ce_reason",
        "row_type", "option_label",
    ];

    /// <summary><see cref="RowType"/> of the workload's recommended option.</summary>
    public const string RecommendedRow = "recommended";

    /// <summary>"recommended", "current" (the workload as it runs), "alternative" (priced, not chosen) or "none" (nothing priced).</summary>
    public string RowType => Option switch
    {
        null => "none",
        { Recommended: true } => RecommendedRow,
        { Family: OptionFamily.Current } => "current",
        _ => "alternative",
    };

    /// <summary>
    /// The row's cells in <see cref="Columns"/> order as typed values (string, decimal, double, int, bool or null): the
    /// CSV formats them as text, the XLSX keeps numbers as numbers, so both carry the same values.
    /// </summary>
    public object?[] Values(string runId)
    {
        var w = Workload;
        var o = Option;
        return
        [
            SchemaVersion, runId, w.WorkloadId, w.Name, w.AccountId, w.Region, Kind, Team, w.CurrentConfiguration, w.CurrentMonthlyCost,
            o?.Family.ToName(), o?.Category.ToName(), o?.Configuration, o?.MonthlyCost, MonthlySavings, o?.Recommended, o?.Feasible,
            o is null ? null : LevelName(o.Effort), o is null ? null : LevelName(o.Risk), o is null ? null : LevelName(o.Confidence),
            OneDecimal(w.CpuP95Percent), OneDecimal(w.MemoryP95Percent), o?.Rationale,
            .. AwsComparisons.SelectMany(a => new object?[]
            {
                a.Comparison?.Finding, a.Comparison?.RecommendedConfiguration, a.Comparison?.EstimatedMonthlySavingsUsd,
                a.Comparison?.Agreement.ToName(), a.Comparison?.Reason,
            }),
            RowType, o?.Label,
        ];
    }

    /// <summary>Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe.</summary>
    public static string Neutralise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        // Control characters first (UntrustedText): XML, which the XLSX is, forbids them, and a terminal runs them.
        value = UntrustedText.Clean(value);
        return value is [ '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? "'" + value : value;
    }

    private static double? OneDecimal(double? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>The column prefixes of the AWS recommenders set beside ours, in column order.</summary>
    public IEnumerable<(string Prefix, ComputeOptimizerComparison? Comparison)> AwsComparisons =>
        [("co", Workload.ComputeOptimizer), ("ce", Workload.CostExplorer)];

    public static IEnumerable<ExportRow> From(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var workload in model.Workloads)
        {
            var team = workload.Tags.TryGetValue(model.TeamTagKey, out var value) ? value : string.Empty;
            if (workload.Options.Count == 0)
            {
                yield return new ExportRow(workload, team, null);
            }

            foreach (var option in workload.Options)
            {
                yield return new ExportRow(workload, team, option);
            }
        }
    }

    public decimal? MonthlySavings => Option is null ? null : Workload.SavingsOf(Option);

    public string Kind => Workload.Kind.ToName();

    /// <summary>The Compute Optimizer agreement's export name; empty when the workload has no comparison.</summary>
    public string ComputeOptimizerAgreement => Workload.ComputeOptimizer?.Agreement.ToName() ?? string.Empty;

    public static string LevelName(Risk risk) => risk.ToName();

    public static string LevelName(Effort effort) => effort.ToName();

    public static string LevelName(Confidence confidence) => confidence.ToName();
}
