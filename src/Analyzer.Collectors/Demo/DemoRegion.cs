namespace Analyzer.Collectors.Demo;

/// <summary>A region of the demo organisation, with what Cost Explorer puts in front of its usage types.</summary>
/// <param name="UtcOffsetHours">A fixed "local-ish" offset for business hours and nightly batches (no daylight saving).</param>
/// <param name="UsagePrefix">Before EC2, Lambda, S3 and RDS usage types ("" in us-east-1, "EU-" in eu-west-1).</param>
/// <param name="FargatePrefix">Before Fargate usage types, which carry a prefix even in us-east-1.</param>
/// <param name="HasFargateArm">Whether Graviton Fargate services are placed here (the shipped catalog has no eu-west-1 arm64 Fargate rate).</param>
internal sealed record DemoRegion(string Code, int UtcOffsetHours, string UsagePrefix, string FargatePrefix, bool HasFargateArm)
{
    public static readonly DemoRegion UsEast1 = new("us-east-1", -5, "", "USE1-", HasFargateArm: true);

    public static readonly DemoRegion EuWest1 = new("eu-west-1", 0, "EU-", "EU-", HasFargateArm: false);

    public static IReadOnlyList<DemoRegion> All { get; } = [UsEast1, EuWest1];

    public static DemoRegion Of(string code) => All.First(r => r.Code == code);
}
