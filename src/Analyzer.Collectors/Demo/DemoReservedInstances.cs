using Analyzer.Core.Collection;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// The demo organisation's Reserved Instances held, as DescribeReservedInstances would bring them: a regional m5
/// Standard RI in us-east-1 lapsing within the horizon (the fleet runs m5 today and the rightsizing moves it off m5, so
/// it covers much today and nothing on the recommended fleet), a regional m6i one that keeps covering the m6i Auto
/// Scaling groups, a zonal m7g convertible one (its type only), and a Windows one that covers no Linux usage.
/// </summary>
internal static class DemoReservedInstances
{
    public static IReadOnlyList<ReservedInstance> For(DateTime windowEnd)
    {
        var prod = DemoCatalog.Accounts[0].AccountId;
        var shared = DemoCatalog.Accounts[2].AccountId;
        const string Region = "us-east-1";
        var m5Start = windowEnd.AddDays(-290);
        return
        [
            new("4b2a9c1e-demo-m5-regional", prod, Region, "m5.xlarge", 8, ReservedInstance.RegionScope, string.Empty, "standard", "No Upfront",
                Ec2Platforms.Linux, Ec2Platforms.SharedTenancy, m5Start, m5Start.AddYears(1), 0m, 0m, 0.121m),
            new("7d3e5f20-demo-m6i-regional", prod, Region, "m6i.xlarge", 2, ReservedInstance.RegionScope, string.Empty, "standard", "Partial Upfront",
                Ec2Platforms.Linux, Ec2Platforms.SharedTenancy, windowEnd.AddDays(-500), windowEnd.AddDays(-500).AddYears(3), 1562m, 0m, 0.059m),
            new("a91c04b7-demo-m7g-zonal", shared, Region, "m7g.large", 2, ReservedInstance.ZonalScope, Region + "a", "convertible", "All Upfront",
                Ec2Platforms.Linux, Ec2Platforms.SharedTenancy, windowEnd.AddDays(-200), windowEnd.AddDays(-200).AddYears(3), 2207m, 0m, 0m),
            new("c0ffee12-demo-windows", shared, Region, "m5.large", 1, ReservedInstance.RegionScope, string.Empty, "standard", "No Upfront",
                Ec2Platforms.Windows, Ec2Platforms.SharedTenancy, windowEnd.AddDays(-100), windowEnd.AddDays(-100).AddYears(1), 0m, 0m, 0.128m),
        ];
    }
}
