using Analyzer.Core.Options;
using Analyzer.Core.Reporting;

namespace Analyzer.Analysis.Reporting;

/// <summary>
/// One data-quality line per cause of options left unpriced (queries/analysis/report/price_gaps.sql groups them):
/// what the cause is, what it does to the recommendations and the action that fixes it. A refusal that is simply
/// true of the workload (it is in use, so it cannot be stopped) is listed as such, with no action.
/// </summary>
internal static class UnpricedCause
{
    public static DataQualityIssue Describe(string cause, string families, int workloads, string example) => cause switch
    {
        "price_gap" => new DataQualityIssue(Risk.Low, "price_gap", $"{families} options", $"No rate in the price catalog, e.g. \"{example}\".", workloads,
            "Option not priced.") { Action = "analyzer prices refresh" },
        "platform_price_gap" => new DataQualityIssue(Risk.Medium, "platform_price_gap", $"{families} options", $"The workload's platform or tenancy has no price in the catalog, and Linux shared-tenancy prices are never used for it, e.g. \"{example}\".", workloads,
            "Option not priced; its current cost is the bill where one is matched.") { Action = "analyzer prices refresh --region REGION (the AWS Price List has every platform's and dedicated prices; the shipped catalog is Linux/UNIX, shared tenancy)" },
        "not_interruption_tolerant" => new DataQualityIssue(Risk.Low, "not_interruption_tolerant", $"{families} options", "Spot is offered only to workloads known to tolerate interruption.", workloads,
            "Spot not offered.") { Action = "Tag workloads that tolerate interruption with analyzer:interruptible=true." },
        "unit_of_work_unknown" => new DataQualityIssue(Risk.Low, "unit_of_work_unknown", $"{families} options", "How long one unit of work takes is unknown, so a Lambda price cannot be estimated.", workloads,
            "Lambda not priced.") { Action = "Tag the workload with analyzer:unit-of-work-seconds=<seconds>." },
        "missing_memory_metrics" => new DataQualityIssue(Risk.Low, "missing_memory_metrics", $"{families} options", "Memory is never reduced without a memory metric.", workloads,
            "Memory kept at its configured size.") { Action = "Install the CloudWatch agent (EC2) or turn on Container Insights (ECS)." },
        "in_use" => new DataQualityIssue(Risk.VeryLow, "in_use", $"{families} options", "The workload is in use (not idle, or the function is invoked), so it is not stopped.", workloads,
            "None: the option does not apply."),
        "already_there" => new DataQualityIssue(Risk.VeryLow, "already_there", $"{families} options", $"The workload already runs this way, e.g. \"{example}\".", workloads,
            "None: the option does not apply."),
        _ => new DataQualityIssue(Risk.VeryLow, "option_refused", $"{families} options", $"The option does not fit the workload, e.g. \"{example}\".", workloads, "Option not offered."),
    };
}
