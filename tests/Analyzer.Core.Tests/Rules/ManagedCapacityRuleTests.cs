using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.Rules;

public class ManagedCapacityRuleTests
{
    private static Workload Tagged(Workload workload, params (string Key, string Value)[] tags) =>
        workload with { Tags = tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal) };

    [Fact]
    public void Evaluate_KarpenterNode_AdvisesTheNodePoolsRequirementsNotAResize()
    {
        var node = Tagged(TestWorkloads.Ec2("m5.2xlarge", 8, 32), ("karpenter.sh/nodepool", "general"), ("kubernetes.io/cluster/prod", "owned"));

        var evaluation = WorkloadEvaluator.Evaluate(node, TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings());

        // The same choice as an unmanaged instance (graviton:m7g.medium, 0.0408 x 730 = 29.784), in Karpenter's words.
        var chosen = evaluation.Recommendation.Chosen;
        Assert.Equal(("graviton:m7g.medium", 29.784m), (chosen.Option, chosen.MonthlyCost));
        Assert.StartsWith("Allow m7g.medium in the NodePool's requirements", chosen.Reason, StringComparison.Ordinal);
        Assert.Contains("arm64 in kubernetes.io/arch", chosen.Reason, StringComparison.Ordinal);
        Assert.StartsWith("managed by Karpenter NodePool general (cluster prod)", evaluation.Options.Single(o => o.Family == OptionFamily.Current).Reason, StringComparison.Ordinal);
        Assert.Equal("EKS on Fargate has no Fargate Spot", evaluation.Options.First(o => o.Family == OptionFamily.FargateSpot).Reason);
    }

    [Fact]
    public void Evaluate_EksNodeGroup_SaysChangeTheNodeGroupsInstanceTypesAtMediumEffort()
    {
        var group = Tagged(TestWorkloads.Ec2("m5.2xlarge", 8, 32), ("eks:cluster-name", "prod"), ("eks:nodegroup-name", "ng-general"));

        var evaluation = WorkloadEvaluator.Evaluate(group, TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings());

        var rightsized = evaluation.Options.Single(o => o.Family == OptionFamily.Ec2Rightsized);
        Assert.StartsWith("Change the node group's instance types to t3.large (eksctl/console: node group update", rightsized.Reason, StringComparison.Ordinal);
        Assert.Equal(Effort.Medium, rightsized.Effort);
        Assert.DoesNotContain(evaluation.Options, o => o.Feasible && o.Family == OptionFamily.Lambda);
    }

    [Fact]
    public void Evaluate_BatchComputeEnvironmentOnSpot_SaysSpotCapacityOptimized()
    {
        var environment = Tagged(TestWorkloads.Ec2("m5.2xlarge", 8, 32), ("aws:batch:compute-environment", "etl"), ("analyzer:interruptible", "true"));

        var evaluation = WorkloadEvaluator.Evaluate(environment, TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings());

        var spot = evaluation.Options.Single(o => o.Family == OptionFamily.Ec2Spot);
        Assert.True(spot.Feasible);
        Assert.StartsWith("Add a SPOT compute environment with allocation strategy SPOT_CAPACITY_OPTIMIZED and instance types like t3.large", spot.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BeanstalkEnvironment_SaysTheEnvironmentsInstanceType()
    {
        var environment = Tagged(TestWorkloads.Ec2("m5.2xlarge", 8, 32), ("elasticbeanstalk:environment-name", "shop-prod"));

        var evaluation = WorkloadEvaluator.Evaluate(environment, TestWorkloads.Steady(8, 8, 6, 3), TestPrices.Book, new AnalysisSettings());

        Assert.StartsWith(
            "Change the environment's instance type to m7g.medium (eb config: aws:ec2:instances InstanceTypes, or console: Configuration > Capacity) on an arm64 platform version",
            evaluation.Recommendation.Chosen.Reason,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_BeanstalkFleetChange_NamesTheAutoScalingSizes()
    {
        var option = OptionResult.Priced("ec2-rightsized:m5.large", OptionFamily.Ec2Rightsized, 100m, 200m, Risk.Low, Effort.Low, Confidence.High,
            new OptionTarget("m5.large", "x86_64", 2, 8, null, "on-demand", 730, new UnitCount(2, 4, 2.5)) { Change = new FleetChange(UnitCount.Fixed(3), new UnitCount(2, 4, 2.5), "m5.xlarge", "m5.large") });

        var worded = ManagedCapacityRule.Apply([option], new ManagedCapacity(CapacityManager.ElasticBeanstalk, "shop", null));

        Assert.Contains("and its Auto Scaling sizes to MinSize 2, MaxSize 4 (aws:autoscaling:asg)", worded[0].Reason, StringComparison.Ordinal);
    }
}
