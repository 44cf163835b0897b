using System.Globalization;
using Analyzer.Core.Pricing;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests;

/// <summary>Real us-east-1 rows copied from catalog/pricing (instance_types, ec2_ondemand, ec2_spot, ec2_spot_advisor, savings_plans, fargate, lambda).</summary>
internal static class TestPrices
{
    public const string Region = "us-east-1";

    // instance_type,family,generation,vcpu,memory_gib,arch,burstable,baseline_cpu_pct,gpus,on_demand,spot,advisor_pct,band
    private const string Ec2Rows = """
        c5.large,c5,5,2,4,x86_64,false,,0,0.085,0.0385,59,<5%
        c5.xlarge,c5,5,4,8,x86_64,false,,0,0.17,0.0806,56,<5%
        c7g.large,c7g,7,2,4,arm64,false,,0,0.0725,0.0341,49,<5%
        c7g.medium,c7g,7,1,2,arm64,false,,0,0.0363,0.0166,64,<5%
        m5.2xlarge,m5,5,8,32,x86_64,false,,0,0.384,0.1612,54,10-15%
        m5.large,m5,5,2,8,x86_64,false,,0,0.096,0.0434,66,15-20%
        m5.xlarge,m5,5,4,16,x86_64,false,,0,0.192,0.0817,66,>20%
        m6i.large,m6i,6,2,8,x86_64,false,,0,0.096,0.0425,63,10-15%
        m6i.xlarge,m6i,6,4,16,x86_64,false,,0,0.192,0.0845,55,5-10%
        m7g.2xlarge,m7g,7,8,32,arm64,false,,0,0.3264,0.1449,64,5-10%
        m7g.large,m7g,7,2,8,arm64,false,,0,0.0816,0.0367,64,10-15%
        m7g.medium,m7g,7,1,4,arm64,false,,0,0.0408,0.0182,66,5-10%
        m7g.xlarge,m7g,7,4,16,arm64,false,,0,0.1632,0.0676,62,5-10%
        r5.large,r5,5,2,16,x86_64,false,,0,0.126,0.061,60,<5%
        t3.large,t3,3,2,8,x86_64,true,30,0,0.0832,0.0409,62,5-10%
        t3.medium,t3,3,2,4,x86_64,true,20,0,0.0416,0.0179,56,<5%
        t3.micro,t3,3,2,1,x86_64,true,10,0,0.0104,0.0043,69,<5%
        t3.small,t3,3,2,2,x86_64,true,20,0,0.0208,0.008,65,<5%
        t3.xlarge,t3,3,4,16,x86_64,true,40,0,0.1664,0.0764,60,10-15%
        t4g.large,t4g,4,2,8,arm64,true,30,0,0.0672,0.0301,72,>20%
        t4g.medium,t4g,4,2,4,arm64,true,20,0,0.0336,0.0144,64,>20%
        t4g.small,t4g,4,2,2,arm64,true,20,0,0.0168,0.0077,51,5-10%
        """;

    // instance_type,plan,term_years,payment,usd_per_hour (savings_plans.csv)
    private const string CommitmentRows = """
        m5.large,compute,1,no,0.071
        m5.large,compute,1,partial,0.067
        m5.large,compute,1,all,0.066
        m5.large,compute,3,no,0.049
        m5.large,compute,3,partial,0.045
        m5.large,compute,3,all,0.044
        m7g.large,compute,1,no,0.0599
        m7g.large,compute,3,all,0.0376
        """;

    public static readonly PriceSource Source = new("test:copied-from-catalog", new DateOnly(2026, 9, 24));

    public static IReadOnlyList<InstanceSpec> Specs { get; } = [.. Rows(Ec2Rows).Select(c => new InstanceSpec(
        c[0], c[1], int.Parse(c[2], CultureInfo.InvariantCulture), int.Parse(c[3], CultureInfo.InvariantCulture), decimal.Parse(c[4], CultureInfo.InvariantCulture),
        c[5], c[6] == "true", c[7].Length == 0 ? null : decimal.Parse(c[7], CultureInfo.InvariantCulture), int.Parse(c[8], CultureInfo.InvariantCulture)))];

    public static IReadOnlyList<Ec2Offer> OnDemandOffers { get; } = [.. Specs.Select(s => new Ec2Offer(s, OnDemand(s.InstanceType)))];

    public static FargateRate FargateX86 { get; } = new(Region, "x86_64", "on-demand", 0.04048m, 0.004445m, 0.000111m, Source);

    public static FargateRate FargateX86Spot { get; } = new(Region, "x86_64", "spot", 0.01264355m, 0.00138835m, null, Source);

    public static FargateRate FargateArm { get; } = new(Region, "arm64", "on-demand", 0.03238m, 0.00356m, 0.000111m, Source);

    public static IReadOnlyList<LambdaRate> LambdaX86 { get; } =
    [
        new(Region, "x86_64", 0m, 0.0000166667m, 0.2m, Source),
        new(Region, "x86_64", 6_000_000_000m, 0.000015m, 0.2m, Source),
    ];

    public static IReadOnlyList<LambdaRate> LambdaArm { get; } =
    [
        new(Region, "arm64", 0m, 0.0000133334m, 0.2m, Source),
        new(Region, "arm64", 7_500_000_000m, 0.0000120001m, 0.2m, Source),
    ];

    public static IReadOnlyList<CommitmentRate> Commitments { get; } = [.. Rows(CommitmentRows).Select(c => new CommitmentRate(
        Region, c[0], c[1], int.Parse(c[2], CultureInfo.InvariantCulture), c[3], decimal.Parse(c[4], CultureInfo.InvariantCulture), null, Source))];

    /// <summary>The rows <see cref="Book"/> is built from, for what-if price scaling.</summary>
    public static PriceCatalogRows CatalogRows { get; } = new(
        Specs,
        [.. Rows(Ec2Rows).SelectMany(c => new[]
        {
            new Ec2Price(Region, c[0], "on-demand", decimal.Parse(c[9], CultureInfo.InvariantCulture), Source),
            new Ec2Price(Region, c[0], "spot", decimal.Parse(c[10], CultureInfo.InvariantCulture), Source),
        })],
        Commitments,
        [FargateX86, FargateX86Spot, FargateArm],
        [.. LambdaX86, .. LambdaArm],
        [.. Rows(Ec2Rows).Select(c => new SpotAdvice(Region, c[0], decimal.Parse(c[11], CultureInfo.InvariantCulture), c[12]))]);

    public static PriceBook Book { get; } = CatalogRows.ToBook();

    public static InstanceSpec Spec(string type) => Specs.Single(s => s.InstanceType == type);

    public static decimal OnDemand(string type) =>
        decimal.Parse(Rows(Ec2Rows).Single(c => c[0] == type)[9], CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split(','));
}
