using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.Reporting;

public sealed class NodePoolAdviceTests
{
    [Fact]
    public void From_NodesOfOneNodePool_GathersTheirAdviceIntoItsRequirements()
    {
        WorkloadReport[] workloads =
        [
            Node("i-1", "general", "1 x c5.2xlarge on-demand, Karpenter NodePool general", 248.20m, Option(OptionFamily.Graviton, "1 x c6g.large on-demand", 49.64m)),
            Node("i-2", "general", "1 x m5.xlarge on-demand, Karpenter NodePool general", 140.16m, Option(OptionFamily.Ec2Spot, "1 x m5.large spot", 25.55m)),
            Node("i-3", "gpu", "1 x g5.xlarge on-demand, Karpenter NodePool gpu", 734.38m, null),
            Node("i-4", null, "1 x m5.large on-demand", 70.08m, null),
        ];

        var pools = NodePoolAdvice.From(workloads);

        // general: 248.20 + 140.16 = 388.36 today, 49.64 + 25.55 = 75.19 advised (313.17 saved); gpu kept; i-4 is no Karpenter node.
        Assert.Equal(["general", "gpu"], pools.Select(p => p.NodePool));
        var general = pools[0];
        Assert.Equal((2, 388.36m, 75.19m, 313.17m), (general.Nodes, general.CurrentMonthlyCost, general.RecommendedMonthlyCost, general.MonthlySavings));
        Assert.Equal(["c5.2xlarge", "m5.xlarge"], general.TypesToday);
        Assert.Equal(["c6g.large", "m5.large"], general.TypesAdvised);
        Assert.Equal(["on-demand", "spot"], general.CapacityTypes);
        Assert.Contains("karpenter.sh/capacity-type In [on-demand, spot]", general.Advice, StringComparison.Ordinal);
        Assert.StartsWith("Keep the NodePool's requirements", pools[1].Advice, StringComparison.Ordinal);
        Assert.Equal("prod-eks", general.Cluster);
    }

    [Theory]
    [InlineData("1 x c5.2xlarge on-demand, Karpenter NodePool general (cluster staging-eks)", "c5.2xlarge")]
    [InlineData("2-6 x r6g.medium (avg 2.6) on-demand", "r6g.medium")]
    [InlineData("Lambda 128 MB arm64", null)]
    public void InstanceType_OfAConfiguration_IsTheTypeItNames(string configuration, string? expected) =>
        Assert.Equal(expected, NodePoolAdvice.InstanceType(configuration));

    private static ReportOption Option(OptionFamily family, string configuration, decimal cost) =>
        new(family, configuration, cost, Effort.Medium, Risk.Low, Confidence.High, Recommended: true, Feasible: true, "advised");

    private static WorkloadReport Node(string id, string? pool, string configuration, decimal cost, ReportOption? recommended)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (pool is not null)
        {
            tags["karpenter.sh/nodepool"] = pool;
            tags["kubernetes.io/cluster/prod-eks"] = "owned";
        }

        var current = new ReportOption(OptionFamily.Current, configuration, cost, Effort.VeryLow, Risk.VeryLow, Confidence.High, Recommended: false, Feasible: true, "today");
        return new WorkloadReport(id, id, "111111111111", "us-east-1", WorkloadKind.Ec2Instance, configuration, cost, 10, null, tags,
            recommended is null ? [current] : [current, recommended]);
    }
}
