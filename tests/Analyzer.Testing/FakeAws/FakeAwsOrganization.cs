using System.Globalization;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// A multi-account organisation behind the fake endpoint, for runs that split its accounts into shards: each
/// account has the role <c>arn:aws:iam::&lt;account&gt;:role/AnalyzerRead</c> to assume, its own EC2 instances (each
/// account sees only its own), and two days of EC2 cost ending yesterday. Collect it with
/// <see cref="FakeAwsCredential.Default"/>'s environment and <see cref="RoleArguments"/>.
/// </summary>
public sealed class FakeAwsOrganization : IDisposable
{
    /// <summary>
    /// Six accounts; as numbers modulo 3 (a number's digit sum modulo 3): 111111111111 -> 12 -> 0,
    /// 111111111112 -> 13 -> 1, 111111111113 -> 14 -> 2, 222222222222 -> 24 -> 0, 222222222224 -> 26 -> 2,
    /// 333333333334 -> 37 -> 1: two accounts in each of 3 shards.
    /// </summary>
    public static IReadOnlyList<string> Accounts { get; } = ["111111111111", "111111111112", "111111111113", "222222222222", "222222222224", "333333333334"];

    private static readonly string[] Types = ["m5.xlarge", "c5.large", "m5.large"];

    public FakeAwsOrganization(DateOnly today)
    {
        Ec2 = FakeEc2.Serve(Server);
        Ec2.PerAccount = true;
        Roles = FakeAssumeRole.Serve(Server);
        FakeCloudWatch.Serve(Server);
        FakeEcs.Serve(Server);
        FakeLambda.Serve(Server);
        FakeComputeOptimizer.Serve(Server);
        FakeSts.Serve(Server);
        var ce = FakeCostExplorer.Serve(Server);
        for (var a = 0; a < Accounts.Count; a++)
        {
            var account = Accounts[a];
            Roles.AddRole(RoleArn(account));

            // Different sizes per account, so the accounts' recommendations differ and a lost account shows.
            Ec2.AddMany(1 + (a % 3), Types[a % Types.Length], ownerId: account);
            Ec2.AddMany(2, "c5.large", autoScalingGroup: "asg-" + account, ownerId: account);
            var daily = 4.608m * (a + 1);
            ce.Rows.Add(new FakeCostRow(today.AddDays(-1), account, "Amazon Elastic Compute Cloud - Compute", "BoxUsage:" + Types[a % Types.Length], daily, daily, 24m));
            ce.Rows.Add(new FakeCostRow(today.AddDays(-2), account, "Amazon Elastic Compute Cloud - Compute", "BoxUsage:" + Types[a % Types.Length], daily, daily, 24m));
        }
    }

    public FakeAwsServer Server { get; } = new();

    public FakeEc2 Ec2 { get; }

    public FakeAssumeRole Roles { get; }

    public Uri Endpoint => Server.Endpoint;

    public static string RoleArn(string account) => string.Create(CultureInfo.InvariantCulture, $"arn:aws:iam::{account}:role/AnalyzerRead");

    /// <summary>"--account-role ARN" for every account.</summary>
    public static IReadOnlyList<string> RoleArguments() => [.. Accounts.SelectMany(a => new[] { "--account-role", RoleArn(a) })];

    public void Dispose() => Server.Dispose();
}
