using Amazon.Runtime;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.Sts;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Testing.Moto;

namespace Analyzer.Collectors.Tests.Moto;

/// <summary>
/// The collectors against moto, an independent implementation of the AWS wire protocols: seeded with boto3
/// (seed_moto.py), collected with <see cref="AwsCollectionRun"/>. What moto lacks (Compute Optimizer) must come back
/// as a recorded failure, not end the run. One collection for the class: moto is seeded once.
/// </summary>
public sealed class MotoCrossCheckTests : IClassFixture<MotoCrossCheckTests.SeededMoto>
{
    private const string Account = "123456789012";
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly SeededMoto _moto;

    public MotoCrossCheckTests(SeededMoto moto) => _moto = moto;

    [Fact]
    public void Inventory_HoldsTheSeededWorkloadsByKind()
    {
        var kinds = _moto.Workloads.GroupBy(w => w.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal((2, 1, 1, 1), (kinds[WorkloadKind.Ec2Instance], kinds[WorkloadKind.AutoScalingGroup], kinds[WorkloadKind.EcsService], kinds[WorkloadKind.LambdaFunction]));
    }

    [Fact]
    public void Inventory_GroupsTaggedInstancesIntoTheirAutoScalingGroup()
    {
        var group = Assert.Single(_moto.Workloads, w => w.Kind == WorkloadKind.AutoScalingGroup);

        Assert.Equal(("c5.large", 2), (group.InstanceType, group.DesiredCount));
    }

    [Fact]
    public void Inventory_SizesInstancesFromDescribeInstanceTypes()
    {
        var instance = _moto.Workloads.First(w => w.Kind == WorkloadKind.Ec2Instance);

        Assert.Equal(("m5.large", 2.0, 8.0, Account), (instance.InstanceType, instance.Vcpu, instance.MemoryGib, instance.AccountId));
    }

    [Fact]
    public void Inventory_ReadsTheEcsServiceFromItsTaskDefinition()
    {
        var service = Assert.Single(_moto.Workloads, w => w.Kind == WorkloadKind.EcsService);

        Assert.Equal((0.5, 1.0, 2, "FARGATE"), (service.Vcpu, service.MemoryGib, service.DesiredCount, service.LaunchType));
    }

    [Fact]
    public void Inventory_ReadsTheLambdaFunctionsMemoryAndArchitecture()
    {
        var function = Assert.Single(_moto.Workloads, w => w.Kind == WorkloadKind.LambdaFunction);

        Assert.Equal(("resize", 256, 30, "arm64"), (function.Name, function.LambdaMemoryMb, function.LambdaTimeoutSeconds, function.Architecture));
    }

    [Fact]
    public void Samples_CarryThePutMetricDataValuesOfTheirHour()
    {
        var cpu = _moto.Samples.Where(s => s.WorkloadId == _moto.FirstInstance && s.CpuAveragePercent is not null)
            .OrderBy(s => s.Hour).Select(s => (s.Hour, s.CpuAveragePercent)).ToList();

        Assert.Equal([(Start, (double?)20.0), (Start.AddHours(1), 40.0)], cpu);
    }

    [Fact]
    public void ComputeOptimizer_WhichMotoLacks_IsARecordedFailureAndTheRestIsCommitted()
    {
        var failure = Assert.Single(_moto.Result.Failures, f => f.Source == "compute-optimizer");

        Assert.Equal((Account, "us-east-1"), (failure.AccountId, failure.Region));
        Assert.True(_moto.Result.BatchesCommitted >= 1);
    }

    [Fact]
    public void CapacityReservations_WhichMoto521Lacks_AreARecordedFailureNotAnEmptyList()
    {
        // moto 5.2.1 has no DescribeCapacityReservations (its EC2 backend models none); the fake endpoint covers the call.
        var failure = Assert.Single(_moto.Result.Failures, f => f.Source == "ec2-capacity-reservations");

        Assert.Equal((Account, "us-east-1"), (failure.AccountId, failure.Region));
    }

    [Fact]
    public void ReservedInstances_WhichMoto521Lacks_AreARecordedFailureNotAnEmptyList()
    {
        // moto 5.2.1's describe_reserved_instances raises NotImplementedError: the store keeps the RIs it holds, and the
        // fake endpoint (ReservedInstanceCollectorTests) covers the call's wire shape.
        var failure = Assert.Single(_moto.Result.Failures, f => f.Source == "ec2-reserved-instances");

        Assert.Equal((Account, "us-east-1"), (failure.AccountId, failure.Region));
    }

    [Fact]
    public async Task GetCallerIdentity_NamesMotosAccount()
    {
        var account = await StsIdentity.GetAccountIdAsync(_moto.Options, CancellationToken.None);

        Assert.Equal(Account, account);
    }

    /// <summary>A moto server seeded once and collected once for the whole class.</summary>
    public sealed class SeededMoto : IAsyncLifetime, IDisposable
    {
        private readonly MotoServer _server = new();

        public AwsClientOptions Options => new()
        {
            Credentials = new BasicAWSCredentials(MotoServer.AccessKeyId, MotoServer.SecretAccessKey),
            Region = "us-east-1",
            EndpointUrl = _server.Endpoint,
            MaxRetries = 0,
        };

        public AwsCollectionResult Result { get; private set; } = null!;

        public List<Workload> Workloads { get; } = [];

        public List<UtilizationSample> Samples { get; } = [];

        public string FirstInstance { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            FirstInstance = (await _server.SeedAsync(Start)).FirstInstance;
            Result = await new AwsCollectionRun(_ => Options).CollectAsync(
                [new AwsAccountTarget(Account, "moto")], ["us-east-1"], new Period(Start, Start.AddHours(2)), [],
                (batch, _) =>
                {
                    Workloads.AddRange(batch.Batch.Workloads);
                    Samples.AddRange(batch.Batch.Samples);
                    return Task.CompletedTask;
                },
                CancellationToken.None);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _server.Dispose();
    }
}
