using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.Workloads;

public class ManagedCapacityTests
{
    [Theory]
    [InlineData("eks:cluster-name=prod;eks:nodegroup-name=ng-general;kubernetes.io/cluster/prod=owned", CapacityManager.EksNodeGroup, "ng-general", "prod")]
    [InlineData("karpenter.sh/nodepool=default;kubernetes.io/cluster/prod=owned", CapacityManager.Karpenter, "default", "prod")]
    [InlineData("karpenter.sh/discovery=prod", CapacityManager.Karpenter, "unknown", null)]
    [InlineData("kubernetes.io/cluster/legacy=owned;aws:autoscaling:groupName=legacy-nodes", CapacityManager.KubernetesSelfManaged, "legacy-nodes", "legacy")]
    [InlineData("aws:batch:compute-environment=etl-ce;AWSBatchServiceTag=batch", CapacityManager.Batch, "etl-ce", null)]
    [InlineData("AWSBatchServiceTag=batch;aws:autoscaling:groupName=etl-ce-asg-1234", CapacityManager.Batch, "etl-ce-asg-1234", null)]
    [InlineData("elasticbeanstalk:environment-name=shop-prod;elasticbeanstalk:environment-id=e-abc", CapacityManager.ElasticBeanstalk, "shop-prod", null)]
    public void Recognise_ManagerTags_NameTheManagerAndItsResource(string tags, CapacityManager manager, string name, string? cluster)
    {
        var managed = ManagedCapacity.Recognise(Tags(tags));

        Assert.Equal(new ManagedCapacity(manager, name, cluster), managed);
    }

    [Fact]
    public void Recognise_PlainGroup_IsNotManaged() =>
        Assert.Null(ManagedCapacity.Recognise(Tags("Name=web;aws:autoscaling:groupName=web-asg;team=shop")));

    private static Dictionary<string, string> Tags(string spec) =>
        spec.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
