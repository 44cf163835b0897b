namespace Analyzer.Testing.FakeAws;

/// <summary>
/// A small account on the fake endpoint, enough for a whole run (collect, analyze, report) in a few seconds: two
/// m5.xlarge instances and a three-instance Auto Scaling group in us-east-1, the services around them, and two days
/// of EC2 cost ending yesterday. Collect it with the AWS environment of <see cref="FakeAwsCredential.Default"/>.
/// </summary>
public sealed class FakeAwsFleet : IDisposable
{
    public const string Account = "111111111111";

    public FakeAwsFleet(DateOnly today)
    {
        Ec2 = FakeEc2.Serve(Server);
        Ec2.AddMany(2, "m5.xlarge");
        Ec2.AddMany(3, "c5.large", autoScalingGroup: "web-asg");
        FakeCloudWatch.Serve(Server);
        FakeEcs.Serve(Server);
        FakeLambda.Serve(Server);
        FakeComputeOptimizer.Serve(Server);
        FakeSts.Serve(Server);
        var ce = FakeCostExplorer.Serve(Server);
        ce.Rows.Add(new FakeCostRow(today.AddDays(-1), Account, "Amazon Elastic Compute Cloud - Compute", "BoxUsage:m5.xlarge", 9.216m, 9.216m, 48m));
        ce.Rows.Add(new FakeCostRow(today.AddDays(-2), Account, "Amazon Elastic Compute Cloud - Compute", "BoxUsage:m5.xlarge", 9.216m, 9.216m, 48m));
    }

    public FakeAwsServer Server { get; } = new();

    public FakeEc2 Ec2 { get; }

    public Uri Endpoint => Server.Endpoint;

    public void Dispose() => Server.Dispose();
}
