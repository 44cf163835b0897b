using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.ComputeOptimizer;

/// <summary>
/// Compute Optimizer's group and service recommendations, and Cost Explorer's rightsizing, beside ours: hand-made
/// recommendations for an m5.xlarge x4 group, a 1 vCPU / 2 GB x3 Fargate service and an m5.2xlarge instance.
/// </summary>
public class FleetComparisonTests
{
    private static readonly Workload Group = TestWorkloads.Asg("m5.xlarge", 4, 16, 4);

    private static readonly Workload Service = TestWorkloads.EcsFargate(1, 2, 3);

    private static readonly Workload Instance = TestWorkloads.Ec2("m5.2xlarge", 8, 32);

    private static readonly DemandProfile Profile = TestWorkloads.Steady(4, 20, 10, 3);

    private static readonly AnalysisSettings Settings = new() { LookbackDays = 14 };

    [Theory]
    [InlineData("m5.large", 4, "m5.large", 4, "same", null)]
    [InlineData("m5.large", 2, "m5.large", 4, "same-direction", "ours changes the instance count (4 → 2), CO only the instance type")]
    [InlineData("m5.large", 4, null, null, "different-direction", null)]
    public void Compare_GroupRecommendation_ComparesTypeAndCount(string ourType, double ourUnits, string? coType, int? coCount, string agreement, string? reason)
    {
        var co = Aws(Group, "asg", coType is null ? "Optimized" : "Overprovisioned", string.Empty) with { RecommendedInstanceType = coType, RecommendedCount = coCount };

        var comparison = ComputeOptimizerComparer.Compare(Group, Profile, Ours(Group, OptionFamily.Ec2Rightsized, new OptionTarget(ourType, "x86_64", 2, 8, null, "on-demand", 730, UnitCount.Fixed((int)ourUnits))), Settings, co);

        Assert.Equal((agreement, reason), (comparison.Agreement.ToName(), comparison.Reason));
    }

    [Theory]
    [InlineData(0.5, 1, 3, 512, 1024, "same", null)]
    [InlineData(0.5, 1, 2, 512, 1024, "same-direction", "ours changes the task count (3 → 2), CO only the task size")]
    [InlineData(0.5, 1, 3, 256, 512, "same-direction", null)]
    public void Compare_ServiceRecommendation_ComparesTaskSizeAndCount(double vcpu, double memoryGb, double units, int coCpu, int coMemory, string agreement, string? reason)
    {
        var co = Aws(Service, "ecs", "Overprovisioned", "CPUOverprovisioned,MemoryOverprovisioned") with { RecommendedCpuUnits = coCpu, RecommendedMemoryMb = coMemory };

        var comparison = ComputeOptimizerComparer.Compare(Service, Profile, Ours(Service, OptionFamily.Fargate, new OptionTarget(null, "x86_64", vcpu, memoryGb, null, "on-demand", 730, UnitCount.Fixed((int)units))), Settings, co);

        Assert.Equal((agreement, reason), (comparison.Agreement.ToName(), comparison.Reason));
    }

    [Fact]
    public void Compare_NoCostExplorerRecommendation_IsNoneForTheRecommenderAsked()
    {
        var comparison = ComputeOptimizerComparer.Compare(Instance, Profile, Ours(Instance, OptionFamily.Current, null), Settings, null, AwsRecommender.CostExplorer);

        Assert.Equal((ComputeOptimizerAgreement.None, AwsRecommender.CostExplorer), (comparison.Agreement, comparison.Recommender));
    }

    [Fact]
    public void Compare_CostExplorerTerminatesWhereOursStops_Agrees()
    {
        var ce = Aws(Instance, "cost-explorer", "TERMINATE", "CPU_OVER_PROVISIONED") with { Recommender = AwsRecommender.CostExplorer };

        var comparison = ComputeOptimizerComparer.Compare(Instance, Profile, Ours(Instance, OptionFamily.Stop, null), Settings, ce);

        Assert.Equal((ComputeOptimizerAgreement.Same, AwsRecommender.CostExplorer), (comparison.Agreement, comparison.Recommender));
    }

    [Fact]
    public void Compare_CostExplorerTerminatesWhereOursKeepsTheFamily_SaysCostExplorerFindsItIdle()
    {
        var ce = Aws(Instance, "cost-explorer", "TERMINATE", string.Empty) with { Recommender = AwsRecommender.CostExplorer };

        var comparison = ComputeOptimizerComparer.Compare(Instance, Profile, Ours(Instance, OptionFamily.Ec2Rightsized, new OptionTarget("m5.large", "x86_64", 2, 8, null, "on-demand", 730, UnitCount.Fixed(1))), Settings, ce);

        Assert.Equal((ComputeOptimizerAgreement.SameDirection, "CE finds it idle and terminates it"), (comparison.Agreement, comparison.Reason));
    }

    [Fact]
    public void Compare_CostExplorerModifiesWithinTheFamilyWhereOursCrossesIt_SaysSo()
    {
        var ce = Aws(Instance, "cost-explorer", "MODIFY", string.Empty) with { Recommender = AwsRecommender.CostExplorer, RecommendedInstanceType = "m5.xlarge" };

        var comparison = ComputeOptimizerComparer.Compare(Instance, Profile, Ours(Instance, OptionFamily.Ec2Rightsized, new OptionTarget("c6i.xlarge", "x86_64", 4, 8, null, "on-demand", 730, UnitCount.Fixed(1))), Settings, ce);

        Assert.Equal((ComputeOptimizerAgreement.SameDirection, "CE targets the same instance family by default, ours moves m5 to c6i"), (comparison.Agreement, comparison.Reason));
    }

    private static ComputeOptimizerRecommendation Aws(Workload workload, string source, string finding, string reasons) =>
        new(workload.WorkloadId, source, finding, reasons, null, null, 10m, 14);

    // A chosen option that saves (current cost 400).
    private static Recommendation Ours(Workload workload, OptionFamily family, OptionTarget? target)
    {
        var chosen = OptionResult.Priced(family.ToName(), family, family == OptionFamily.Current ? 400m : 200m, 400m, Risk.Low, Effort.Low, Confidence.High, target);
        return new Recommendation(workload.WorkloadId, chosen, null, [chosen], "saves");
    }
}
