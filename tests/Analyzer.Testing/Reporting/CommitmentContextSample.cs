using Analyzer.Core.Reporting;

namespace Analyzer.Testing.Reporting;

/// <summary>
/// The sample model with Savings Plans held (a Compute plan ending within 90 days, an EC2 Instance plan whose
/// region text is hostile) and Cost Explorer's Compute 1-year no-upfront recommendation beside ours.
/// </summary>
public static class CommitmentContextSample
{
    public const string HostileRegion = "<script>x</script>";

    public static ReportModel Create() => SampleReportModel.Create() with
    {
        CommitmentContext = new CommitmentContext(
            [
                new HeldCommitmentLine("111111111111", "arn:aws:savingsplans::111111111111:savingsplan/a", "Compute Savings Plan", 1, "no", "any region and family", 2.5m, new DateOnly(2026, 12, 15), true),
                new HeldCommitmentLine("222222222222", "arn:aws:savingsplans::222222222222:savingsplan/b", "EC2 Instance Savings Plan", 3, "all", $"{HostileRegion} m5", 1.25m, new DateOnly(2028, 3, 1), false),
            ],
            2.5m,
            false,
            [new CostExplorerCommitmentLine("Compute Savings Plan", 1, "no", "LINKED", 30, 4.125m, 812.40m, 97.5m, 3.5m, 655.12m, 99.1m, 590.33m, 88.4m, "Cost Explorer recommends more.")]),
    };
}
