using Analyzer.Collectors.Demo;
using Analyzer.Core.Collection;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Tests.Demo;

public class DemoLandscapeTests
{
    [Fact]
    public void Generate_DefaultOrganisation_HoldsOneOfEachKindOfTheLandscape()
    {
        var workloads = DemoTestData.Fortnight.Batches.SelectMany(b => b.Workloads).ToList();

        Assert.Single(workloads, w => w.Platform == Ec2Platforms.Windows && w.Kind == WorkloadKind.Ec2Instance);
        Assert.Single(workloads, w => w.Tenancy == Ec2Platforms.DedicatedTenancy && w.Kind == WorkloadKind.Ec2Instance);
        var managers = workloads.Select(w => ManagedCapacity.Recognise(w.Tags)?.Manager).Where(m => m is not null).ToList();
        Assert.Equal(
            [CapacityManager.EksNodeGroup, CapacityManager.Karpenter, CapacityManager.Batch, CapacityManager.ElasticBeanstalk],
            managers.Order().Select(m => m!.Value).ToList());
        Assert.Equal(450, workloads.Count);
    }

    [Fact]
    public void Generate_DefaultOrganisation_HoldsThreeEksFargateDeploymentsBilledAtTheirProvisionedSize()
    {
        var batches = DemoTestData.Fortnight.Batches;
        var pods = batches.SelectMany(b => b.Workloads).Where(w => w.Kind == WorkloadKind.EksFargatePod).ToList();

        Assert.Equal(3, pods.Count);
        Assert.Single(pods.Select(p => (p.AccountId, p.Region, Cluster: p.Name.Split('/')[0])).Distinct());
        Assert.All(pods, p => Assert.Equal(("x86_64", "FARGATE", (string?)null), (p.Architecture, p.LaunchType, p.InstanceType)));

        // Each pod's vCPU-hours in the bill are at the size Fargate provisions for its requests (256 MB added, rounded up),
        // e.g. requests of 0.25 vCPU / 0.5 GB are billed as 0.25 vCPU / 1 GB: twice its requests' GB-hours.
        var lines = batches.SelectMany(b => b.CostLines).Where(l => pods.Any(p => p.WorkloadId == l.ResourceId)).ToList();
        Assert.All(lines, l => Assert.Equal("Amazon Elastic Container Service for Kubernetes", l.Service));
        foreach (var pod in pods)
        {
            var billed = Core.Rules.EksFargatePods.Provisioned(pod.Vcpu!.Value, pod.MemoryGib!.Value)!;
            var vcpuHours = lines.Where(l => l.ResourceId == pod.WorkloadId && l.UsageType.Contains("vCPU", StringComparison.Ordinal)).Sum(l => l.UsageQuantity);
            var gbHours = lines.Where(l => l.ResourceId == pod.WorkloadId && l.UsageType.Contains("GB-Hours", StringComparison.Ordinal)).Sum(l => l.UsageQuantity);
            Assert.Equal(billed.MemoryGb / billed.Vcpu, Math.Round(gbHours / vcpuHours, 6));
        }
    }

    [Fact]
    public void Generate_DefaultOrganisation_TwoLambdaFunctionsReportMemoryAndOnlyThey()
    {
        var batches = DemoTestData.Fortnight.Batches;
        var lambdas = batches.SelectMany(b => b.Workloads).Where(w => w.Kind == WorkloadKind.LambdaFunction).ToDictionary(w => w.WorkloadId, StringComparer.Ordinal);

        var withMemory = batches.SelectMany(b => b.Samples).Where(s => lambdas.ContainsKey(s.WorkloadId) && s.MemoryMaximumPercent is not null).ToList();

        var functions = withMemory.Select(s => s.WorkloadId).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(2, functions.Count);
        Assert.All(functions, f => Assert.True(lambdas[f].LambdaMemoryMb >= 1024));
        // Around 22% and 31%, +4 in business hours, each hour's peak 8 above: at most 22 + 4 + 8 = 34 and 31 + 4 + 8 = 43.
        Assert.Equal([34.0, 43.0], functions.Select(f => withMemory.Where(s => s.WorkloadId == f).Max(s => s.MemoryMaximumPercent!.Value)).Order());
    }

    [Fact]
    public void DedicatedHosts_DefaultOrganisation_TwoPartlyUsedHostsAndTheirHostHoursInTheBill()
    {
        var options = new DemoOptions(DemoTestData.WindowEnd) { Days = 14 };

        var hosts = DemoOrganization.DedicatedHosts(options, DemoTestPrices.Book);

        Assert.Equal([12, 6], hosts.Select(h => h.InstancesPlaced));
        var lines = DemoTestData.Fortnight.Batches.SelectMany(b => b.CostLines).Where(l => l.UsageType.EndsWith("HostUsage:m5", StringComparison.Ordinal)).ToList();
        // 14 days x 2 hosts x 24 host-hours = 672 host-hours; a day's 48 at 5.069 = 243.312, billed 243.31: 14 x 243.31 = 3,406.34.
        Assert.Equal((14, 672m, 3406.34m), (lines.Count, lines.Sum(l => l.UsageQuantity), lines.Sum(l => l.UnblendedCost)));
        Assert.All(lines, l => Assert.Equal(hosts[0].AccountId, l.AccountId));
    }

    [Fact]
    public void CapacityReservations_DefaultOrganisation_OneForNoInstanceAndOneBesideASteadyInstanceAloneOfItsType()
    {
        var options = new DemoOptions(DemoTestData.WindowEnd) { Days = 14 };
        var workloads = DemoTestData.Fortnight.Batches.SelectMany(b => b.Workloads).ToList();

        var reservations = DemoOrganization.CapacityReservations(options, DemoTestPrices.Book);

        Assert.Equal([2, 3], reservations.Select(r => r.TotalInstanceCount).ToList());
        int Running(CapacityReservation r) => workloads.Count(w => w.AccountId == r.AccountId && w.Region == r.Region && w.InstanceType == r.InstanceType
            && w.Kind is WorkloadKind.Ec2Instance or WorkloadKind.AutoScalingGroup);
        Assert.Equal([0, 1], reservations.Select(Running).ToList());
    }
}
