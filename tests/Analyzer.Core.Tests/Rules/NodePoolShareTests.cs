using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.Rules;

public class NodePoolShareTests
{
    private static readonly ManagedCapacity Pool = new(CapacityManager.Karpenter, "general", "prod");

    [Fact]
    public void Apply_NodesOfUnequalCost_ShareThePoolsRecommendedCostByTheirCostToday()
    {
        // Nodes at 100 and 300 today (400 in all); the pool's fleet is recommended at 160. Node 1 takes 160 x 100/400 =
        // 40 (saves 60), node 2 160 x 300/400 = 120 (saves 180): 240 = 400 - 160 saved once, however each node alone sized.
        var nodes = new[] { Node("i-1", 100m, ownSavings: 70m), Node("i-2", 300m, ownSavings: 250m) };
        var pool = Evaluation("pool", 400m, OptionResult.Priced("ec2-spot:m6a.large", OptionFamily.Ec2Spot, 160m, 400m, Risk.Medium, Effort.Low, Confidence.High,
            new OptionTarget("m6a.large", "x86_64", 2, 8, null, "spot", 730, new UnitCount(2, 6, 4)), "Add spot to the NodePool's karpenter.sh/capacity-type requirement"));

        var shared = NodePoolShare.Apply(nodes, pool, Pool);

        Assert.Equal([(40m, 60m), (120m, 180m)], shared.Select(n => (n.Recommendation.Chosen.MonthlyCost!.Value, n.Recommendation.Chosen.MonthlySavings!.Value)));
        Assert.Equal(240m, shared.Sum(n => n.Recommendation.Chosen.MonthlySavings!.Value));
        Assert.Equal(("nodepool:ec2-spot:m6a.large", 3.0), (shared[1].Recommendation.Chosen.Option, shared[1].Recommendation.Chosen.Target!.Units.Average));
        Assert.All(shared, n => Assert.DoesNotContain(n.Options, o => o.Feasible && o.Option.StartsWith("ec2-rightsized", StringComparison.Ordinal)));
    }

    [Fact]
    public void Apply_PoolKept_KeepsEveryNodeWhateverItsOwnSizingSaved()
    {
        var nodes = new[] { Node("i-1", 100m, ownSavings: 70m) };
        var pool = Evaluation("pool", 95m, OptionResult.Priced("current", OptionFamily.Current, 95m, 95m, Risk.VeryLow, Effort.VeryLow, Confidence.High, null));

        var kept = Assert.Single(NodePoolShare.Apply(nodes, pool, Pool));

        Assert.Equal((OptionFamily.Current, 0m), (kept.Recommendation.Chosen.Family, kept.Recommendation.Chosen.MonthlySavings!.Value));
        Assert.StartsWith("kept with Karpenter NodePool general (cluster prod)", kept.Recommendation.Reason, StringComparison.Ordinal);
    }

    private static WorkloadEvaluation Node(string id, decimal current, decimal ownSavings)
    {
        var own = OptionResult.Priced("ec2-rightsized:m5.large", OptionFamily.Ec2Rightsized, current - ownSavings, current, Risk.Low, Effort.Medium, Confidence.High, null);
        var evaluation = Evaluation(id, current, own);
        return evaluation with { Options = [.. evaluation.Options, own] };
    }

    private static WorkloadEvaluation Evaluation(string id, decimal current, OptionResult chosen)
    {
        var now = OptionResult.Priced("current", OptionFamily.Current, current, current, Risk.VeryLow, Effort.VeryLow, Confidence.High, null);
        return new WorkloadEvaluation(id, [now], new Recommendation(id, chosen, null, [chosen], "test"));
    }
}
