using Analyzer.Core.Pricing;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// The prices of one analysis run, indexed for the evaluators. Where a key repeats, the first row wins: pass
/// the newest price first.
/// </summary>
public sealed class PriceBook
{
    private readonly Dictionary<string, InstanceSpec> specs;
    private readonly Dictionary<(string Region, string Type, string Capacity, string Platform, string Tenancy), Ec2Price> ec2;
    private readonly ILookup<(string Region, string Type), CommitmentRate> commitments;
    private readonly Dictionary<(string Region, string Arch, string Capacity), FargateRate> fargate;
    private readonly Dictionary<(string Region, string Arch), LambdaRate[]> lambda;
    private readonly Dictionary<(string Region, string Type), SpotAdvice> advice;
    private readonly Dictionary<(string Region, string Platform, string Tenancy), Ec2OfferIndex> onDemandOffers;

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
        ec2 = prices.DistinctBy(p => (p.Region, p.InstanceType, p.Capacity, p.Platform, p.Tenancy)).ToDictionary(p => (p.Region, p.InstanceType, p.Capacity, p.Platform, p.Tenancy));
        commitments = commitmentRates.ToLookup(c => (c.Region, c.InstanceType));
        fargate = fargateRates.DistinctBy(f => (f.Region, f.Architecture, f.Capacity)).ToDictionary(f => (f.Region, f.Architecture, f.Capacity));
        lambda = lambdaRates.GroupBy(l => (l.Region, l.Architecture)).ToDictionary(g => g.Key, g => g.ToArray());
        advice = spotAdvice.DistinctBy(a => (a.Region, a.InstanceType)).ToDictionary(a => (a.Region, a.InstanceType));
        onDemandOffers = prices
            .DistinctBy(p => (p.Region, p.InstanceType, p.Capacity, p.Platform, p.Tenancy))
            .Where(p => p.Capacity == "on-demand" && specs.ContainsKey(p.InstanceType))
            .GroupBy(p => (p.Region, p.Platform, p.Tenancy))
            .ToDictionary(g => g.Key, g => Ec2OfferIndex.Of(g.Select(p => new Ec2Offer(specs[p.InstanceType], p.UsdPerHour))));
    }

    public InstanceSpec? Spec(string instanceType) => specs.GetValueOrDefault(instanceType);

    /// <summary>The Linux, shared-tenancy price.</summary>
    public decimal? Ec2(string region, string instanceType, string capacity) =>
        Ec2(region, instanceType, capacity, Ec2Platforms.Linux, Ec2Platforms.SharedTenancy);

    /// <summary>The price for a platform and tenancy; null when the catalog has none (never the Linux price instead).</summary>
    public decimal? Ec2(string region, string instanceType, string capacity, string platform, string tenancy) =>
        ec2.TryGetValue((region, instanceType, capacity, platform, tenancy), out var price) ? price.UsdPerHour : null;

    /// <summary>Where an EC2 price came from and its date; null when there is no such price.</summary>
    public PriceSource? Ec2Source(string region, string instanceType, string capacity) =>
        ec2.TryGetValue((region, instanceType, capacity, Ec2Platforms.Linux, Ec2Platforms.SharedTenancy), out var price) ? price.Source : null;

    /// <summary>Every on-demand type with a Linux, shared-tenancy price in the region.</summary>
    public IReadOnlyList<Ec2Offer> OnDemandOffers(string region) => OnDemandOffers(region, Ec2Platforms.Linux, Ec2Platforms.SharedTenancy);

    /// <summary>Every on-demand type priced for the platform and tenancy in the region (empty when none is).</summary>
    public IReadOnlyList<Ec2Offer> OnDemandOffers(string region, string platform, string tenancy) => OnDemandIndex(region, platform, tenancy).All;

    /// <summary>The region's Linux, shared-tenancy on-demand offers, grouped for the rightsizers and Spot pools.</summary>
    public Ec2OfferIndex OnDemandIndex(string region) => OnDemandIndex(region, Ec2Platforms.Linux, Ec2Platforms.SharedTenancy);

    /// <summary>The on-demand offers for the platform and tenancy in the region, grouped once for every workload that asks.</summary>
    public Ec2OfferIndex OnDemandIndex(string region, string platform, string tenancy) =>
        onDemandOffers.TryGetValue((region, platform, tenancy), out var offers) ? offers : Ec2OfferIndex.Empty;

    public IEnumerable<CommitmentRate> Commitments(string region, string instanceType) => commitments[(region, instanceType)];

    public FargateRate? Fargate(string region, string architecture, string capacity) =>
        fargate.GetValueOrDefault((region, architecture, capacity));

    // Grouped once: every workload asks for its region's rates several times (its function, or a move to Lambda per architecture).
    public IReadOnlyList<LambdaRate> Lambda(string region, string architecture) => lambda.GetValueOrDefault((region, architecture)) ?? [];

    public SpotAdvice? Advice(string region, string instanceType) => advice.GetValueOrDefault((region, instanceType));
}
