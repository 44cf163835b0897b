using Analyzer.Core.Options;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// What a workload's platform (Windows, RHEL, SUSE, SQL Server...) and tenancy (dedicated, host) allow, and why an
/// option is left unpriced for it. Every option is priced with the platform's and tenancy's own prices; where the
/// catalog has none, the option is unpriced with the reason here, never priced as Linux on shared tenancy.
/// </summary>
public static class PlatformRule
{
    /// <summary>Why a workload has no per-instance price at all (a Dedicated Host is billed per host); null otherwise.</summary>
    public static string? NoPerInstancePrice(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return workload.Tenancy == Ec2Platforms.HostTenancy
            ? "runs on a Dedicated Host, billed per host rather than per instance: its host's utilization and idle cost are in the Dedicated Hosts section"
            : null;
    }

    /// <summary>Why an EC2 price is missing for the workload's platform and tenancy.</summary>
    public static string MissingPrice(Workload workload, string instanceType)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return $"no {Ec2Platforms.Describe(workload.Platform, workload.Tenancy)} price for {instanceType} in {workload.Region}: the shipped catalog's EC2 prices are Linux/UNIX on shared tenancy (`analyzer prices refresh --region {workload.Region}` loads the other platforms' and dedicated prices), and Linux prices are never used for another platform or tenancy";
    }

    /// <summary>Why EC2 rightsizing is unpriced: no on-demand price of the workload's platform and tenancy in its region.</summary>
    public static string NoOffers(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return $"no {Ec2Platforms.Describe(workload.Platform, workload.Tenancy)} on-demand prices in {workload.Region} to size against: the shipped catalog's EC2 prices are Linux/UNIX on shared tenancy (`analyzer prices refresh --region {workload.Region}` loads the other platforms' and dedicated prices), never used for another platform or tenancy";
    }

    /// <summary>Why the workload cannot move to Graviton (arm64) whatever the price; null when it can.</summary>
    public static string? Graviton(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return Ec2Platforms.IsWindows(workload.Platform) || workload.Platform.Contains("SQL Server", StringComparison.OrdinalIgnoreCase)
            ? $"{workload.Platform} does not run on Graviton (arm64)"
            : null;
    }

    /// <summary>Why EC2 Spot is not priced for the workload; null for Linux on shared tenancy.</summary>
    public static string? Spot(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return workload.Tenancy switch
        {
            Ec2Platforms.HostTenancy => "Spot Instances do not run on Dedicated Hosts",
            Ec2Platforms.DedicatedTenancy => "the catalog's Spot prices are for shared tenancy: none for dedicated tenancy",
            _ when workload.Platform != Ec2Platforms.Linux => $"the catalog's Spot prices are Linux/UNIX: none for {workload.Platform}",
            _ => null,
        };
    }

    /// <summary>Why Fargate (and Fargate Spot) is not offered; null for Linux on shared tenancy.</summary>
    public static string? Fargate(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        if (workload.Tenancy != Ec2Platforms.SharedTenancy)
        {
            return "Fargate runs on shared AWS capacity: it has no dedicated tenancy";
        }

        if (Ec2Platforms.IsWindows(workload.Platform))
        {
            return "no Fargate Windows rates in the catalog (Windows tasks also pay an OS license fee per vCPU)";
        }

        return workload.Platform == Ec2Platforms.Linux
            ? null
            : $"runs {workload.Platform}: moving it into Fargate's Linux containers is a port Analyzer cannot judge";
    }

    /// <summary>Why a move to Lambda is not offered; null for Linux on shared tenancy.</summary>
    public static string? Lambda(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        if (workload.Tenancy != Ec2Platforms.SharedTenancy)
        {
            return "Lambda runs on shared AWS capacity: it has no dedicated tenancy";
        }

        if (Ec2Platforms.IsWindows(workload.Platform))
        {
            return "Lambda runs Linux only: a Windows workload cannot move to it";
        }

        return workload.Platform == Ec2Platforms.Linux
            ? null
            : $"runs {workload.Platform}: moving it to Lambda's Linux runtime is a port Analyzer cannot judge";
    }

    /// <summary>Why no Savings Plan or Reserved Instance is priced; null for Linux on shared tenancy.</summary>
    public static string? Commitment(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return Ec2Platforms.IsLinuxShared(workload)
            ? null
            : $"the catalog's Savings Plans and Reserved Instance rates are Linux/UNIX on shared tenancy: none for {Ec2Platforms.Describe(workload.Platform, workload.Tenancy)}";
    }

    /// <summary>An option that is not priced for the workload's platform or tenancy.</summary>
    public static OptionResult Unpriced(string label, OptionFamily family, string reason, Effort effort, WorkloadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return OptionResult.Infeasible(label, family, reason, Risk.Medium, effort, context.Confidence);
    }
}
