using System.Text;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The coverage table: every service and purchase option of the AWS compute landscape with what Analyzer does for it.
/// The one source of the table the HTML report renders and README.md holds (a test checks the README's copy).
/// Each line states what the code does; change it with the code.
/// </summary>
public static class LandscapeCoverage
{
    public const string Analyzed = "analyzed";
    public const string PricedAsOption = "priced as an option";
    public const string Reported = "reported";
    public const string OutOfScope = "out of scope";

    public static IReadOnlyList<CoverageEntry> Entries { get; } =
    [
        new("EC2 On-Demand", "purchase option", Analyzed, "Today's cost and every EC2 option at on-demand list rates x the whole instances each hour needs; the bill stays beside it."),
        new("Reserved Instances, Standard", "purchase option", PricedAsOption, "Per workload, on the chosen size's steady instances, where the catalog has rates (No Upfront in 13 regions; Partial and All Upfront in us-east-1). RIs held (DescribeReservedInstances) are applied before every Savings Plan: regional Linux/UNIX ones size-flexible in their family by normalization factor, zonal ones to their own type; other platforms and dedicated tenancy are listed as not applied."),
        new("Reserved Instances, Convertible", "purchase option", PricedAsOption, "Per workload like Standard, No Upfront only (the public source has no other payment)."),
        new("Savings Plans, Compute", "purchase option", Analyzed, "Plans held read from Cost Explorer; the fleet's commitment sized hour by hour on the recommended fleet beyond them, with renewals; shipped rates for us-east-1."),
        new("Savings Plans, EC2 Instance", "purchase option", PricedAsOption, "Held plans cover their region and family first; priced only where `analyzer prices refresh` loads rates (the shipped catalog has none: no public source)."),
        new("Spot", "purchase option", PricedAsOption, "For interruption-tolerant workloads, over 3 similar pools, from the Spot price history and the Spot Instance Advisor; never for dedicated tenancy or Dedicated Hosts."),
        new("Dedicated Instances", "purchase option", PricedAsOption, "Tenancy is collected; a dedicated workload gets only dedicated targets, priced with dedicated prices (`analyzer prices refresh` loads them from the AWS Price List; the shipped catalog has none), else unpriced with the reason."),
        new("Dedicated Hosts", "purchase option", Reported, "Hosts read with DescribeHosts: utilization in slots of the host's type or vCPUs, the idle capacity's monthly cost at the bill's host-hour rate (HostUsage), and release / consolidate / fill advice; instances on a host are listed unpriced (billed per host, not per instance)."),
        new("On-Demand Capacity Reservations", "purchase option", Reported, "Unused reserved capacity per reservation and hour against the matching running instances, its monthly waste at the on-demand price, and release / reduce / match advice."),
        new("Windows, RHEL, SUSE, SQL Server", "platform", Analyzed, "The platform is collected and every option priced with its own prices, never Linux's (`analyzer prices refresh` loads them from the AWS Price List; the shipped catalog is Linux only); without them options are unpriced with the reason and today's cost is the bill."),
        new("EC2", "service", Analyzed, "Each standalone instance: rightsizing, Graviton, Spot, schedules, stopping when idle, Fargate, Lambda, Lightsail and commitments."),
        new("Auto Scaling", "service", Analyzed, "Each group as a fleet: the whole instances each hour needs, unit size and count, Spot over mixed pools, schedules."),
        new("Lambda", "service", Analyzed, "Cost from invocations and duration, arm64, memory rightsizing where Lambda Insights publishes memory_utilization or, opt-in at collection (`lambdaMemoryFromLogs`, billed per GB scanned, estimated before and measured after), from the REPORT lines' Max Memory Used through CloudWatch Logs Insights (CloudWatch has no Lambda memory metric by default); also priced as a target for short units of work."),
        new("ECS", "service", Analyzed, "Services on EC2 and on Fargate: task size, task count each hour, Fargate Spot, Graviton."),
        new("EKS", "service", Analyzed, "Managed node groups, Karpenter NodePools and self-managed nodes are recognised from their tags and advised in the node group's or NodePool's settings; each Karpenter NodePool (karpenter.sh/nodepool) is sized as one fleet, its nodes counted each hour in units of its most common type and their CPU summed, into its requirements (instance types, capacity types), and each node's row carries its share of the pool's advice (its own resize is not a lever), so the pool's savings count once. Pods on EKS Fargate are read from the Container Insights metrics the ADOT collector publishes (pod_cpu_limit, pod_memory_limit and use over them, LaunchType=fargate), the pods of one owner counted each hour as one workload, and sized as Fargate tasks: billed at their requests plus 256 MB rounded up to a Fargate size, on demand only (Amazon EKS doesn't support Fargate Spot, nor Arm pods on Fargate); without ADOT no pod is seen (EKS has no AWS API listing pods)."),
        new("Fargate", "service", Analyzed, "ECS services and EKS pods on Fargate are analyzed (EKS pods on demand only); Fargate and Fargate Spot are priced as options for EC2 workloads."),
        new("AWS Batch", "service", Analyzed, "The instances of managed EC2 compute environments are recognised from their tags and advised in the compute environment's settings (instance types, SPOT_CAPACITY_OPTIMIZED, minvCpus)."),
        new("Elastic Beanstalk", "service", Analyzed, "Environments are recognised from their tags and advised in the environment's settings (instance type, Spot, Auto Scaling sizes, scheduled actions)."),
        new("Lightsail", "service", PricedAsOption, "Priced in the option comparison of each standalone Linux instance on shared tenancy that runs all month (not a fleet or managed capacity): the cheapest general-purpose bundle covering its CPU need with headroom, its sustained CPU under the burstable baseline and its memory, at the bundle's monthly price; recommended only where it saves $1 and 1% beyond the cheapest option that stays on EC2, the commitment it would get included, with its limits in the option (no Auto Scaling, fixed bundle sizes, limited AWS integration); bundle prices for us-east-1 only (Lightsail Developer Guide, 2026-09-17), elsewhere not offered with the reason. Lightsail instances already running are not collected."),
    ];

    /// <summary>The table as README.md holds it, one line per entry.</summary>
    public static string ToMarkdown()
    {
        var markdown = new StringBuilder();
        markdown.Append("| service or purchase option | kind | Analyzer | what it does |\n|---|---|---|---|\n");
        foreach (var entry in Entries)
        {
            markdown.Append("| ").Append(entry.Name).Append(" | ").Append(entry.Kind).Append(" | ").Append(entry.Status).Append(" | ").Append(entry.What).Append(" |\n");
        }

        return markdown.ToString();
    }
}
