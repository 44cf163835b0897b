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
    ];

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
