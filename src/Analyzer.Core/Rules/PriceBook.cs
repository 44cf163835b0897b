using Analyzer.Core.Pricing;

namespace Analyzer.Core.Rules;

/// <summary>
/// The prices of one analysis run, indexed for the evaluators. Where a key repeats, the first row wins: pass
/// the newest price first.
/// </summary>
public sealed class PriceBook
{
    private readonly Dictionary<string, InstanceSpec> specs;
    private readonly Dictionary<(string Region, string Type, string Capacity), Ec2Price> ec2;
    private readonly ILookup<(string Region, string Type), CommitmentRate> commitments;
    private readonly Dictionary<(string Region, string Arch, string Capacity), FargateRate> fargate;
    private readonly ILookup<(string Region, string Arch), LambdaRate> lambda;
    private readonly Dictionary<(string Region, string Type), SpotAdvice> advice;
    private readonly ILookup<string, Ec2Offer> onDemandOffers;

    public PriceBook(
        IEnumerable<InstanceSpec> instanceSpecs,
        IEnumerable<Ec2Price> ec2Prices,
        IEnumerable<CommitmentRate> commitmentRates,
        IEnumerable<FargateRate> fargateRates,
        IEnumerable<LambdaRate> lambdaRates,
        IEnumerable<SpotAdvice> spotAdvice)
    {
        specs = instanceSpecs.DistinctBy(s => s.InstanceType).ToDictionary(s => s.InstanceType, StringComparer.Ordinal);
        var prices = ec2Prices.ToArray();
        ec2 = prices.DistinctBy(p => (p.Region, p.InstanceType, p.Capacity)).ToDictionary(p => (p.Region, p.InstanceType, p.Capacity));
        commitments = commitmentRates.ToLookup(c => (c.Region, c.InstanceType));
        fargate = fargateRates.DistinctBy(f => (f.Region, f.Architecture, f.Capacity)).ToDictionary(f => (f.Region, f.Architecture, f.Capacity));
        lambda = lambdaRates.ToLookup(l => (l.Region, l.Architecture));
        advice = spotAdvice.DistinctBy(a => (a.Region, a.InstanceType)).ToDictionary(a => (a.Region, a.InstanceType));
        onDemandOffers = prices
            .DistinctBy(p => (p.Region, p.InstanceType, p.Capacity))
            .Where(p => p.Capacity == "on-demand" && specs.ContainsKey(p.InstanceType))
            .ToLookup(p => p.Region, p => new Ec2Offer(specs[p.InstanceType], p.UsdPerHour));
    }

    public InstanceSpec? Spec(string instanceType) => specs.GetValueOrDefault(instanceType);

    public decimal? Ec2(string region, string instanceType, string capacity) =>
        ec2.TryGetValue((region, instanceType, capacity), out var price) ? price.UsdPerHour : null;

    /// <summary>Where an EC2 price came from and its date; null when there is no such price.</summary>
    public PriceSource? Ec2Source(string region, string instanceType, string capacity) =>
        ec2.TryGetValue((region, instanceType, capacity), out var price) ? price.Source : null;

    public IEnumerable<Ec2Offer> OnDemandOffers(string region) => onDemandOffers[region];

    public IEnumerable<CommitmentRate> Commitments(string region, string instanceType) => commitments[(region, instanceType)];

    public FargateRate? Fargate(string region, string architecture, string capacity) =>
        fargate.GetValueOrDefault((region, architecture, capacity));

    public IReadOnlyList<LambdaRate> Lambda(string region, string architecture) => [.. lambda[(region, architecture)]];

    public SpotAdvice? Advice(string region, string instanceType) => advice.GetValueOrDefault((region, instanceType));
}
