using System.Globalization;
using Analyzer.Collectors.Demo;
using Analyzer.Core.Pricing;

namespace Analyzer.Collectors.Tests.Demo;

/// <summary>
/// A price book holding just what the demo launches, copied from the shipped catalog
/// (catalog/pricing: instance_types.csv, ec2_ondemand.csv, fargate.csv, lambda.csv).
/// </summary>
internal static class DemoTestPrices
{
    private static readonly PriceSource Shipped = new("shipped:aws-price-list", new DateOnly(2025, 1, 1));

    // instance_type,family,generation,vcpu,memory_gib,arch,burstable,baseline_cpu_pct,us-east-1 USD/h,eu-west-1 USD/h
    private static readonly string[] Rows =
    [
        "c5.2xlarge,c5,5,8,16,x86_64,false,,0.34,0.384",
        "c5.large,c5,5,2,4,x86_64,false,,0.085,0.096",
        "c5.xlarge,c5,5,4,8,x86_64,false,,0.17,0.192",
        "c6g.large,c6g,6,2,4,arm64,false,,0.068,0.073",
        "c6g.xlarge,c6g,6,4,8,arm64,false,,0.136,0.1459",
        "c6i.large,c6i,6,2,4,x86_64,false,,0.085,0.0912",
        "c6i.xlarge,c6i,6,4,8,x86_64,false,,0.17,0.1824",
        "c7g.large,c7g,7,2,4,arm64,false,,0.0725,0.0775",
        "c7g.xlarge,c7g,7,4,8,arm64,false,,0.145,0.155",
        "m5.2xlarge,m5,5,8,32,x86_64,false,,0.384,0.428",
        "m5.4xlarge,m5,5,16,64,x86_64,false,,0.768,0.856",
        "m5.large,m5,5,2,8,x86_64,false,,0.096,0.107",
        "m5.xlarge,m5,5,4,16,x86_64,false,,0.192,0.214",
        "m6g.large,m6g,6,2,8,arm64,false,,0.077,0.086",
        "m6g.xlarge,m6g,6,4,16,arm64,false,,0.154,0.172",
        "m6i.2xlarge,m6i,6,8,32,x86_64,false,,0.384,0.428",
        "m6i.large,m6i,6,2,8,x86_64,false,,0.096,0.107",
        "m6i.xlarge,m6i,6,4,16,x86_64,false,,0.192,0.214",
        "m7g.large,m7g,7,2,8,arm64,false,,0.0816,0.091",
        "m7g.xlarge,m7g,7,4,16,arm64,false,,0.1632,0.1819",
        "r5.2xlarge,r5,5,8,64,x86_64,false,,0.504,0.564",
        "r5.large,r5,5,2,16,x86_64,false,,0.126,0.141",
        "r5.xlarge,r5,5,4,32,x86_64,false,,0.252,0.282",
        "r6g.large,r6g,6,2,16,arm64,false,,0.1008,0.1128",
        "r6g.xlarge,r6g,6,4,32,arm64,false,,0.2016,0.2256",
        "r6i.large,r6i,6,2,16,x86_64,false,,0.126,0.141",
        "r6i.xlarge,r6i,6,4,32,x86_64,false,,0.252,0.282",
        "t3.large,t3,3,2,8,x86_64,true,30,0.0832,0.0912",
        "t3.medium,t3,3,2,4,x86_64,true,20,0.0416,0.0456",
        "t3.micro,t3,3,2,1,x86_64,true,10,0.0104,0.0114",
        "t3.small,t3,3,2,2,x86_64,true,20,0.0208,0.0228",
        "t3a.large,t3a,3,2,8,x86_64,true,30,0.0752,0.0816",
        "t3a.medium,t3a,3,2,4,x86_64,true,20,0.0376,0.0408",
        "t4g.large,t4g,4,2,8,arm64,true,30,0.0672,0.0736",
        "t4g.medium,t4g,4,2,4,arm64,true,20,0.0336,0.0368",
        "t4g.small,t4g,4,2,2,arm64,true,20,0.0168,0.0184",
    ];

    public static IReadOnlyList<InstanceSpec> Specs { get; } = Rows.Select(ParseSpec).ToArray();

    public static IReadOnlyDictionary<(string Region, string Type), decimal> Ec2 { get; } = Rows
        .SelectMany(row =>
        {
            var f = row.Split(',');
            return new[] { (("us-east-1", f[0]), Decimal(f[8])), (("eu-west-1", f[0]), Decimal(f[9])) };
        })
        .ToDictionary(p => p.Item1, p => p.Item2);

    public static IReadOnlyList<FargateRate> Fargate { get; } =
    [
        new("us-east-1", "x86_64", "on-demand", 0.04048m, 0.004445m, 0.000111m, Shipped),
        new("us-east-1", "x86_64", "spot", 0.01264355m, 0.00138835m, null, Shipped),
        new("us-east-1", "arm64", "on-demand", 0.03238m, 0.00356m, 0.000111m, Shipped),
        new("eu-west-1", "x86_64", "on-demand", 0.04048m, 0.004445m, null, Shipped),
        new("eu-west-1", "x86_64", "spot", 0.01257825m, 0.00138118m, null, Shipped),
    ];

    public static IReadOnlyList<LambdaRate> Lambda { get; } =
    [
        new("eu-west-1", "arm64", 0m, 0.0000133334m, 0.2m, Shipped),
        new("eu-west-1", "x86_64", 0m, 0.0000166667m, 0.2m, Shipped),
        new("us-east-1", "arm64", 7_500_000_000m, 0.0000120001m, 0.2m, Shipped),
        new("us-east-1", "arm64", 0m, 0.0000133334m, 0.2m, Shipped),
        new("us-east-1", "x86_64", 0m, 0.0000166667m, 0.2m, Shipped),
        new("us-east-1", "x86_64", 6_000_000_000m, 0.000015m, 0.2m, Shipped),
    ];

    public static DemoPriceBook Book { get; } = new(Specs, Ec2Hourly, Fargate, Lambda);

    public static decimal? Ec2Hourly(string region, string instanceType) =>
        Ec2.TryGetValue((region, instanceType), out var price) ? price : null;

    private static InstanceSpec ParseSpec(string row)
    {
        var f = row.Split(',');
        return new InstanceSpec(
            f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture),
            Decimal(f[4]), f[5], f[6] == "true", f[7].Length == 0 ? null : Decimal(f[7]), 0);
    }

    private static decimal Decimal(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
