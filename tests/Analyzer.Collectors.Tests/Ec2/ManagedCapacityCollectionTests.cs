using Analyzer.Collectors.Aws;
using Analyzer.Collectors.Ec2;
using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Ec2;

/// <summary>Instances and groups tagged by EKS, Karpenter, AWS Batch and Elastic Beanstalk, read from the fake EC2 endpoint.</summary>
public sealed class ManagedCapacityCollectionTests : IDisposable
{
    private const string Account = "111111111111";
    private static readonly PriceSource Catalog = new("test:copied-from-catalog", new DateOnly(2026, 2, 17));
    private readonly FakeAwsServer _server = new();
    private readonly FakeEc2 _ec2;

    public ManagedCapacityCollectionTests() => _ec2 = FakeEc2.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_TaggedGroups_AreRecognisedAsTheirManagers()
    {
        Add("i-0000000000000001a", "m5.xlarge", ("aws:autoscaling:groupName", "eks-ng-general-1a2b"), ("eks:cluster-name", "prod"), ("eks:nodegroup-name", "ng-general"), ("kubernetes.io/cluster/prod", "owned"));
        Add("i-0000000000000001b", "m5.xlarge", ("aws:autoscaling:groupName", "eks-ng-general-1a2b"), ("eks:cluster-name", "prod"), ("eks:nodegroup-name", "ng-general"), ("kubernetes.io/cluster/prod", "owned"));
        Add("i-0000000000000002a", "c5.large", ("aws:autoscaling:groupName", "etl-ce-asg-9f8e"), ("AWSBatchServiceTag", "batch"), ("aws:batch:compute-environment", "etl-ce"));
        Add("i-0000000000000003a", "m5.large", ("aws:autoscaling:groupName", "awseb-e-abc-stack-AWSEBAutoScalingGroup-X"), ("elasticbeanstalk:environment-name", "shop-<prod>"));
        Add("i-0000000000000004a", "m5.large", ("Name", "plain"));

        var workloads = await CollectAsync();

        var managers = workloads.ToDictionary(w => w.WorkloadId, w => ManagedCapacity.Recognise(w.Tags), StringComparer.Ordinal);
        Assert.Equal(new ManagedCapacity(CapacityManager.EksNodeGroup, "ng-general", "prod"), managers["eks-ng-general-1a2b"]);
        Assert.Equal(new ManagedCapacity(CapacityManager.Batch, "etl-ce", null), managers["etl-ce-asg-9f8e"]);
        Assert.Equal(new ManagedCapacity(CapacityManager.ElasticBeanstalk, "shop-<prod>", null), managers["awseb-e-abc-stack-AWSEBAutoScalingGroup-X"]);
        Assert.Null(managers["i-0000000000000004a"]);
    }

    [Fact]
    public async Task Evaluate_CollectedKarpenterNode_IsAdvisedInTheNodePoolsTerms()
    {
        Add("i-0000000000000005a", "m5.xlarge", ("karpenter.sh/nodepool", "general"), ("karpenter.sh/nodeclaim", "general-x7k2p"), ("kubernetes.io/cluster/prod", "owned"));
        var node = Assert.Single(await CollectAsync()) with { Vcpu = 4, MemoryGib = 16 };

        // 4 vCPU at 20% peak and 2 GiB used: m7g.large (2 vCPU, 8 GiB) fits. catalog/pricing us-east-1: m5.xlarge 0.192,
        // m5.large 0.096, m7g.large 0.0816. Current 0.192 x 730 = 140.16; Graviton 0.0816 x 730 = 59.568, saving 80.592.
        var evaluation = WorkloadEvaluator.Evaluate(node, Profile(4, 20, 12, 2), Prices(), new AnalysisSettings());

        var chosen = evaluation.Recommendation.Chosen;
        Assert.Equal(("graviton:m7g.large", 59.568m, 80.592m), (chosen.Option, chosen.MonthlyCost, chosen.MonthlySavings));
        Assert.StartsWith("Allow m7g.large in the NodePool's requirements", chosen.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("resize", chosen.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Effort.Medium, chosen.Effort);
    }

    [Theory]
    [InlineData("eks", "Change the node group's instance types to m7g.large")]
    [InlineData("batch", "Set the compute environment's instance types to m7g.large")]
    [InlineData("beanstalk", "Change the environment's instance type to m7g.large")]
    public async Task Evaluate_CollectedManagedGroup_IsAdvisedInItsManagersSetting(string manager, string advice)
    {
        (string, string)[] tags = manager switch
        {
            "eks" => [("aws:autoscaling:groupName", "eks-ng-general-1a2b"), ("eks:cluster-name", "prod"), ("eks:nodegroup-name", "ng-general")],
            "batch" => [("aws:autoscaling:groupName", "etl-ce-asg-9f8e"), ("AWSBatchServiceTag", "batch"), ("aws:batch:compute-environment", "etl-ce")],
            _ => [("aws:autoscaling:groupName", "awseb-e-abc-stack-AWSEBAutoScalingGroup-X"), ("elasticbeanstalk:environment-name", "shop-prod")],
        };
        Add("i-0000000000000006a", "m5.xlarge", tags);
        Add("i-0000000000000006b", "m5.xlarge", tags);
        var group = Assert.Single(await CollectAsync()) with { Vcpu = 4, MemoryGib = 16 };

        // 2 x m5.xlarge (4 vCPU) at 20% peak and 2 GiB used: the group needs 2 x 4 x 0.2 x 1.2 = 1.92 vCPU, which
        // m7g.large units (2 vCPU, 8 GiB, 0.0816 $/h against m5.xlarge's 0.192) hold: the advice is the manager's setting.
        var evaluation = WorkloadEvaluator.Evaluate(group, Profile(4, 20, 12, 2) with { RunningCountMin = 2, RunningCountMean = 2, RunningCountMax = 2 }, Prices(), new AnalysisSettings());

        var chosen = evaluation.Recommendation.Chosen;
        Assert.Equal((WorkloadKind.AutoScalingGroup, "graviton"), (group.Kind, chosen.Option.Split(':')[0]));
        Assert.StartsWith(advice, chosen.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(evaluation.Options, o => o.Feasible && o.Reason is { } r && r.StartsWith("Resize", StringComparison.Ordinal));
    }

    private void Add(string id, string type, params (string Key, string Value)[] tags) =>
        _ec2.Instances.Add(new FakeEc2Instance(id, type, "running", Account, tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal)));

    private Task<IReadOnlyList<Workload>> CollectAsync() =>
        new Ec2InventoryCollector(FakeAwsClient.Options(_server)).CollectAsync(Account, "us-east-1", CancellationToken.None);

    private static PriceBook Prices()
    {
        InstanceSpec[] specs =
        [
            new("m5.xlarge", "m5", 5, 4, 16, "x86_64", false, null, 0),
            new("m5.large", "m5", 5, 2, 8, "x86_64", false, null, 0),
            new("m7g.large", "m7g", 7, 2, 8, "arm64", false, null, 0),
        ];
        Ec2Price[] prices =
        [
            new("us-east-1", "m5.xlarge", "on-demand", 0.192m, Catalog),
            new("us-east-1", "m5.large", "on-demand", 0.096m, Catalog),
            new("us-east-1", "m7g.large", "on-demand", 0.0816m, Catalog),
        ];
        return new PriceBook(specs, prices, [], [], [], []);
    }

    private static DemandProfile Profile(double vcpu, double peakPct, double meanPct, double memoryMaxGib) => new()
    {
        WorkloadId = "w",
        HoursInWindow = 336,
        HoursObserved = 336,
        ConfiguredVcpu = vcpu,
        CpuMeanVcpu = vcpu * meanPct / 100,
        CpuP50Vcpu = vcpu * meanPct / 100,
        CpuP90Vcpu = vcpu * peakPct / 100,
        CpuP95Vcpu = vcpu * peakPct / 100,
        CpuP99Vcpu = vcpu * peakPct / 100,
        CpuP995Vcpu = vcpu * peakPct / 100,
        CpuMaxVcpu = vcpu * peakPct / 100,
        CpuMaxPercent = peakPct,
        MemoryMaxGib = memoryMaxGib,
        MemoryP95Gib = memoryMaxGib,
        ActiveHoursFraction = 1,
        Shape = DemandShape.Flat,
    };
}
