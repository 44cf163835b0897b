using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.Rules;

public class NodePoolFleetTests
{
    private static readonly DateTime Start = new(2026, 11, 8, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Combine_NodesOfTwoSizes_CountsUnitsOfTheCommonTypeAndSumsTheirDemandEachHour()
    {
        var fleet = NodePoolFleet.Combine(Pool())!.Value;

        // Unit m5.large (two of the three nodes). Each hour: 1 + 1 + 4/2 = 4 units; CPU 0.5 + 0.5 + 1.0 = 2.0 vCPU
        // (peak and average), 0.5 vCPU a unit. In hour 10 one m5.large is gone: 3 units, 1.5 vCPU. Memory: the largest
        // node's 3 GiB a unit. 336 hours, 335 at 4 units and one at 3: mean (335 x 4 + 3) / 336 = 3.99702...
        Assert.Equal(("karpenter-nodepool:111111111111:us-east-1:c1:general", WorkloadKind.AutoScalingGroup, "m5.large"), (fleet.Fleet.WorkloadId, fleet.Fleet.Kind, fleet.Fleet.InstanceType));
        Assert.Equal(336, fleet.Profile.Hours!.Count);
        Assert.Equal((4d, 2.0, 0.5), (fleet.Profile.Hours[0].RunningUnits, fleet.Profile.Hours[0].FleetCpuPeakVcpu!.Value, fleet.Profile.Hours[0].CpuPeakVcpu!.Value));
        Assert.Equal((3d, 1.5), (fleet.Profile.Hours[10].RunningUnits, fleet.Profile.Hours[10].FleetCpuPeakVcpu!.Value));
        Assert.Equal((3d, 4d), (fleet.Profile.RunningCountMin, fleet.Profile.RunningCountMax));
        Assert.Equal(((335 * 4) + 3) / 336.0, fleet.Profile.RunningCountMean, 9);
        Assert.Equal(2.0, fleet.Profile.FleetCpuP99Vcpu!.Value, 9);
        Assert.Equal(3.0, fleet.Profile.MemoryMaxGib);
    }

    [Fact]
    public void Evaluate_ThePoolAsAFleet_IsSizedOnItsTotalDemandInTheNodePoolsTerms()
    {
        var (workload, profile) = NodePoolFleet.Combine(Pool())!.Value;

        var evaluation = WorkloadEvaluator.Evaluate(workload, profile, TestPrices.Book, new AnalysisSettings());

        // Today: the units each hour at m5.large's 0.096 an hour: (335 x 4 + 3) / 336 x 0.096 x 730 = 280.11, as the three
        // nodes cost (70.08 + 70.08 + 140.16 = 280.32 a month all month). The pool needs 2.0 x 1.2 = 2.4 vCPU at its
        // busiest and 3 x 1.2 = 3.6 GiB a unit, at least 2 units: the chosen size covers that in total, not per node.
        var current = evaluation.Options.Single(o => o.Family == OptionFamily.Current);
        Assert.Equal(280.11m, decimal.Round(current.MonthlyCost!.Value, 2));
        var chosen = evaluation.Recommendation.Chosen;
        Assert.NotEqual(OptionFamily.Current, chosen.Family);
        var spec = TestPrices.Spec(chosen.Target!.InstanceType!);
        Assert.True(spec.Vcpu * chosen.Target.Units.Max >= 2.4 && (double)spec.MemoryGib >= 3.6 && chosen.Target.Units.Min >= 2, chosen.Option);
        Assert.True(chosen.MonthlyCost < current.MonthlyCost);
        Assert.Contains("NodePool", chosen.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_NodesNotManagedByKarpenter_IsNull()
    {
        var plain = Pool().Select(n => (n.Node with { Tags = new Dictionary<string, string>() }, n.Profile)).ToList();

        Assert.Null(NodePoolFleet.Combine(plain));
    }

    // Two m5.large nodes and one m5.xlarge, all at 25% CPU every hour of a fortnight; one m5.large misses hour 10.
    private static List<(Workload Node, DemandProfile Profile)> Pool() =>
    [
        Node("i-a", "m5.large", 2, 8, 2.0, missing: 10),
        Node("i-b", "m5.large", 2, 8, 2.0),
        Node("i-c", "m5.xlarge", 4, 16, 3.0),
    ];

    private static (Workload, DemandProfile) Node(string id, string type, double vcpu, double memory, double memoryMax, int? missing = null)
    {
        var tags = new Dictionary<string, string> { ["karpenter.sh/nodepool"] = "general", ["kubernetes.io/cluster/c1"] = "owned" };
        var workload = TestWorkloads.Ec2(type, vcpu, memory, tags: tags) with { WorkloadId = id };
        var hours = Enumerable.Range(0, 336).Where(h => h != missing).Select(h => new DemandHour(Start.AddHours(h), vcpu / 4, vcpu / 4, 1, true)).ToArray();
        var profile = TestWorkloads.Steady(vcpu, 25, 25, memoryMax, hours.Length) with { WorkloadId = id, Hours = hours };
        return (workload, profile);
    }
}
