using Analyzer.Collectors.CloudWatch;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.CloudWatch;

public sealed class EksFargatePodCollectorTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private const double GiB = 1024.0 * 1024 * 1024;
    private readonly FakeAwsServer _server = new();
    private readonly FakeCloudWatch _cloudWatch;

    public EksFargatePodCollectorTests() => _cloudWatch = FakeCloudWatch.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_PodsOfOneDeployment_BecomeOneWorkloadCountedEachHour()
    {
        // Two replicas of Deployment "web" (the second starts in hour 2) and a StatefulSet's pod; an EC2 node's pod
        // series (no LaunchType) and a namespace-level Fargate series are not pods on Fargate and are left out.
        Pod("prod", "shop", "web-7d9f8c6b5-x2k4j");
        Pod("prod", "shop", "web-7d9f8c6b5-b5c6d");
        Pod("prod", "shop", "worker-0");
        _cloudWatch.ContainerInsightsPodMetrics.Add(new Dictionary<string, string> { ["ClusterName"] = "prod", ["Namespace"] = "shop", ["PodName"] = "on-ec2-6b5c9-zz2x4" });
        _cloudWatch.ContainerInsightsPodMetrics.Add(new Dictionary<string, string> { ["ClusterName"] = "prod", ["Namespace"] = "shop", ["LaunchType"] = "fargate" });
        _cloudWatch.Value = (metric, hour) =>
        {
            var pod = metric.Dimensions["PodName"];
            if (pod == "web-7d9f8c6b5-b5c6d" && hour == Start)
            {
                return null;
            }

            var second = pod == "web-7d9f8c6b5-b5c6d";
            return (metric.MetricName, metric.Stat) switch
            {
                ("pod_cpu_limit", _) => 1000,                                     // millicores
                ("pod_memory_limit", _) => (pod == "worker-0" ? 8 : 2) * GiB,     // bytes
                ("pod_cpu_utilization_over_pod_limit", "Average") => second ? 40 : 20,
                ("pod_cpu_utilization_over_pod_limit", _) => second ? 70 : 50,
                ("pod_memory_utilization_over_pod_limit", "Average") => second ? 50 : 30,
                _ => second ? 60 : 45,
            };
        };

        var (workloads, samples) = await new EksFargatePodCollector(FakeAwsClient.Options(_server))
            .CollectAsync("111111111111", "us-east-1", new Period(Start, Start.AddHours(2)), CancellationToken.None);

        Assert.Equal(["prod/shop/web", "prod/shop/worker"], workloads.Select(w => w.Name));
        var web = workloads[0];
        Assert.Equal(("eks-fargate:us-east-1:111111111111:prod/shop/web", WorkloadKind.EksFargatePod, 1.0, 2.0, 2, "FARGATE", (string?)null),
            (web.WorkloadId, web.Kind, web.Vcpu, web.MemoryGib, web.DesiredCount, web.LaunchType, web.InstanceType));
        Assert.Equal((1.0, 8.0), (workloads[1].Vcpu, workloads[1].MemoryGib));
        var webHours = samples.Where(s => s.WorkloadId == web.WorkloadId).OrderBy(s => s.Hour).ToList();

        // Hour 1: one pod (20% average, 50% peak); hour 2: two pods, mean (20 + 40) / 2 = 30%, peak max(50, 70) = 70%,
        // memory mean (30 + 50) / 2 = 40%, peak max(45, 60) = 60%.
        Assert.Equal((1.0, 20.0, 50.0), (webHours[0].RunningCount!.Value, webHours[0].CpuAveragePercent!.Value, webHours[0].CpuMaximumPercent!.Value));
        Assert.Equal((2.0, 30.0, 70.0, 40.0, 60.0),
            (webHours[1].RunningCount!.Value, webHours[1].CpuAveragePercent!.Value, webHours[1].CpuMaximumPercent!.Value, webHours[1].MemoryAveragePercent!.Value, webHours[1].MemoryMaximumPercent!.Value));

        // One ListMetrics page; one GetMetricData call of 3 pods x 6 queries, each naming the pod's four dimensions.
        Assert.Equal((1, 18), (_server.Calls("ListMetrics"), _cloudWatch.QueriesPerCall.Single()));
    }

    [Fact]
    public async Task CollectAsync_NoContainerInsights_ReadsNoMetricData()
    {
        var (workloads, samples) = await new EksFargatePodCollector(FakeAwsClient.Options(_server))
            .CollectAsync("111111111111", "us-east-1", new Period(Start, Start.AddHours(2)), CancellationToken.None);

        Assert.Equal((0, 0, 0), (workloads.Count, samples.Count, _server.Calls("GetMetricData")));
    }

    [Theory]
    [InlineData("web-7d9f8c6b5-x2k4j", "web")]
    [InlineData("checkout-api-5c9b8d4f7-q2w8z", "checkout-api")]
    [InlineData("backup-x2k4j", "backup")]
    [InlineData("nightly-report-29384920-b5c6d", "nightly-report")]
    [InlineData("worker-12", "worker")]
    [InlineData("standalone", "standalone")]
    public void KubernetesOwnersOf_PodName_IsItsOwnersName(string pod, string owner) => Assert.Equal(owner, KubernetesOwners.Of(pod));

    private void Pod(string cluster, string ns, string pod) => _cloudWatch.ContainerInsightsPodMetrics.Add(
        new Dictionary<string, string> { ["ClusterName"] = cluster, ["Namespace"] = ns, ["PodName"] = pod, ["LaunchType"] = "fargate" });
}
