using Analyzer.Collectors.Aws;
using Analyzer.Collectors.Ec2;
using Analyzer.Core.Collection;
using Analyzer.Core.Time;
using Analyzer.Testing;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Aws;

public sealed class AwsAssumedRoleCredentialsTests : IDisposable
{
    private const string RoleArn = "arn:aws:iam::222222222222:role/AnalyzerRead";
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly FakeAwsServer _server = new();
    private readonly FakeAssumeRole _sts;
    private readonly List<CollectedBatch> _committed = [];

    public AwsAssumedRoleCredentialsTests()
    {
        FakeEc2.Serve(_server).AddMany(3);
        FakeCloudWatch.Serve(_server);
        FakeEcs.Serve(_server);
        FakeLambda.Serve(_server);
        FakeComputeOptimizer.Serve(_server);
        FakeCostExplorer.Serve(_server);
        _sts = FakeAssumeRole.Serve(_server);
        _sts.AddRole(RoleArn, externalId: "ext-42");
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_ForAnAccountWithARole_SignsItsCallsWithTheAssumedSessionKey()
    {
        var result = await CollectAsync(new AwsAccountTarget("111111111111", "tooling"), new AwsAccountTarget("222222222222", "prod", RoleArn, "ext-42"));

        var session = Assert.Single(_sts.Issued);
        Assert.Equal((0, 1, 2), (result.Failures.Count, _server.SignedBy("DescribeInstances").Count(k => k == session.AccessKeyId), _server.SignedBy("DescribeInstances").Count));
    }

    [Fact]
    public async Task CollectAsync_ForAnAccountWithARole_AssumesItOnceWithTheAmbientKey()
    {
        await CollectAsync(new AwsAccountTarget("222222222222", "prod", RoleArn, "ext-42"));

        var call = Assert.Single(_sts.Calls);
        Assert.Equal((FakeAwsCredential.Default.AccessKeyId, RoleArn, "ext-42", "analyzer"), (call.CallerAccessKeyId, call.RoleArn, call.ExternalId, call.RoleSessionName));
    }

    [Fact]
    public async Task CollectAsync_ForARoleWithoutExternalId_SendsNone()
    {
        const string open = "arn:aws:iam::333333333333:role/Open";
        _sts.AddRole(open);

        var result = await CollectAsync(new AwsAccountTarget("333333333333", "dev", open));

        Assert.Equal((0, (string?)null), (result.Failures.Count, Assert.Single(_sts.Calls).ExternalId));
    }

    [Fact]
    public async Task CollectAsync_WhenAssumeRoleIsDenied_RecordsStsAssumeRoleForThatAccountAndCollectsTheOther()
    {
        var denied = new AwsAccountTarget("444444444444", "locked", "arn:aws:iam::444444444444:role/AnalyzerRead");

        var result = await CollectAsync(new AwsAccountTarget("222222222222", "prod", RoleArn, "ext-42"), denied);

        Assert.All(result.Failures, f => Assert.Equal(("444444444444", "sts:AssumeRole"), (f.AccountId, f.MissingIamAction)));
        Assert.Equal(3, _committed.Where(b => b.Batch.AccountIds[0] == "222222222222").Sum(b => b.Batch.Workloads.Count));
        Assert.NotEmpty(result.Failures);
    }

    [Fact]
    public async Task CollectAsync_WhenAssumeRoleIsDenied_SaysWhichRoleAndWhatIsMissing()
    {
        var denied = new AwsAccountTarget("444444444444", "locked", "arn:aws:iam::444444444444:role/AnalyzerRead");

        var result = await CollectAsync(denied);

        Assert.Contains("cannot assume arn:aws:iam::444444444444:role/AnalyzerRead", result.Failures[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAsync_WithAWrongExternalId_IsDenied()
    {
        var result = await CollectAsync(new AwsAccountTarget("222222222222", "prod", RoleArn, "wrong"));

        Assert.Equal((0, "sts:AssumeRole"), (_sts.Issued.Count, result.Failures[0].MissingIamAction));
    }

    [Fact]
    public async Task CollectAsync_WhenAwsEndsTheSessionEarly_AssumesTheRoleAgainAndCollects()
    {
        var options = Options(new AwsAccountTarget("222222222222", "prod", RoleArn, "ext-42"));
        await new Ec2InventoryCollector(options).CollectAsync("222222222222", "us-east-1", CancellationToken.None);
        _sts.ExpireAll();

        var result = await new AwsCollectionRun(_ => options) { MaxConcurrency = 1 }
            .CollectAsync([new AwsAccountTarget("222222222222", "prod", RoleArn, "ext-42")], ["us-east-1"], Window(), [], CommitAsync, CancellationToken.None);

        Assert.Equal((0, 2, 1, 3), (result.Failures.Count, _sts.Issued.Count, _server.Rejected, _committed.Sum(b => b.Batch.Workloads.Count)));
    }

    [Fact]
    public async Task Credentials_WithinTheSession_AreReusedWithoutAssumingAgain()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(Start));
        _server.Time = clock;
        var collector = new Ec2InventoryCollector(Options(new AwsAccountTarget("222222222222", "prod", RoleArn, "ext-42"), clock));
        await collector.CollectAsync("222222222222", "us-east-1", CancellationToken.None);
        clock.Now += TimeSpan.FromMinutes(30);

        await collector.CollectAsync("222222222222", "us-east-1", CancellationToken.None);

        Assert.Equal((1, 2), (_sts.Calls.Count, _server.Calls("DescribeInstances")));
    }

    [Fact]
    public async Task Credentials_InTheSessionsLastMinute_AreRenewedBeforeTheRequestIsSigned()
    {
        // Pins the SDK's behaviour (RefreshingAWSCredentials.ExpirationBuffer, one minute): a session that ends
        // within a minute counts as expired and is replaced before use, so AWS never sees it expire.
        var clock = new ManualTimeProvider(new DateTimeOffset(Start));
        _server.Time = clock;
        var collector = new Ec2InventoryCollector(Options(new AwsAccountTarget("222222222222", "prod", RoleArn, "ext-42"), clock));
        await collector.CollectAsync("222222222222", "us-east-1", CancellationToken.None);
        clock.Now += TimeSpan.FromMinutes(59.5);

        await collector.CollectAsync("222222222222", "us-east-1", CancellationToken.None);

        Assert.Equal((2, 0, _sts.Issued[1].AccessKeyId), (_sts.Issued.Count, _server.Rejected, _server.SignedBy("DescribeInstances")[1]));
    }

    [Fact]
    public async Task Credentials_ForAShortSession_OutlivingItByTheServersClock_AreReplacedAfterExpiredToken()
    {
        // A 30-minute session, and an SDK clock that runs behind AWS's: the SDK still trusts the session when AWS
        // has ended it. The client answers ExpiredToken by assuming the role again, once.
        var sdkClock = new ManualTimeProvider(new DateTimeOffset(Start));
        var awsClock = new ManualTimeProvider(new DateTimeOffset(Start));
        _server.Time = awsClock;
        _sts.DefaultDuration = TimeSpan.FromMinutes(30);
        var collector = new Ec2InventoryCollector(Options(new AwsAccountTarget("222222222222", "prod", RoleArn, "ext-42"), sdkClock));
        await collector.CollectAsync("222222222222", "us-east-1", CancellationToken.None);
        awsClock.Now += TimeSpan.FromMinutes(35);

        var workloads = await collector.CollectAsync("222222222222", "us-east-1", CancellationToken.None);

        Assert.Equal((3, 2, 1), (workloads.Count, _sts.Issued.Count, _server.Rejected));
    }

    [Fact]
    public async Task Credentials_WhenTheNewSessionIsAlsoRejected_FailWithExpiredTokenAfterOneRetry()
    {
        var collector = new Ec2InventoryCollector(Options(new AwsAccountTarget("222222222222", "prod", RoleArn, "ext-42")));
        await collector.CollectAsync("222222222222", "us-east-1", CancellationToken.None);
        _sts.ExpireAll();
        _sts.IssueRevoked = true;

        var error = await Assert.ThrowsAsync<CollectorException>(() => collector.CollectAsync("222222222222", "us-east-1", CancellationToken.None));

        Assert.Equal(("ExpiredToken", 2), (error.ErrorCode, _sts.Issued.Count));
    }

    private static Period Window() => new(Start, Start.AddHours(2));

    private AwsClientOptions Options(AwsAccountTarget target, TimeProvider? time = null) =>
        AwsAccountCredentials.For(FakeAwsClient.Options(_server) with { MaxRetries = 0, Time = time }, target);

    private async Task<AwsCollectionResult> CollectAsync(params AwsAccountTarget[] accounts)
    {
        var counter = new AwsCallCounter();
        return await new AwsCollectionRun(target => Options(target) with { Counter = counter })
            .CollectAsync(accounts, ["us-east-1"], Window(), [], CommitAsync, CancellationToken.None);
    }

    private Task CommitAsync(CollectedBatch batch, CancellationToken cancellationToken)
    {
        lock (_committed)
        {
            _committed.Add(batch);
        }

        return Task.CompletedTask;
    }
}
