namespace Analyzer.Core.Pricing;

/// <summary>
/// An immutable set of dated prices with lookups that either find a price or say exactly what is missing.
/// It may hold several dates for the same price; lookups use the newest, and <see cref="NotAfter"/> narrows the
/// catalog to what was known on a date (the newest price not after the period analyzed).
/// </summary>
public sealed class PriceCatalog
{
    private readonly PriceIndex<Ec2Price> ec2;
    private readonly PriceIndex<CommitmentRate> commitments;
    private readonly PriceIndex<FargateRate> fargate;
    private readonly Dictionary<string, LambdaPriceSchedule> lambda;
    private readonly Dictionary<string, InstanceSpec> specs;
    private readonly PriceIndex<SpotAdvisorEntry> spotAdvisor;

    private PriceCatalog(
        IReadOnlyList<Ec2Price> ec2Prices,
        IReadOnlyList<CommitmentRate> commitmentRates,
        IReadOnlyList<FargateRate> fargateRates,
        IReadOnlyList<LambdaRate> lambdaRates,
        IReadOnlyList<InstanceSpec> instanceSpecs,
        IReadOnlyList<SpotAdvisorEntry> spotAdvisorEntries)
    {
        Ec2Prices = ec2Prices;
        CommitmentRates = commitmentRates;
        FargateRates = fargateRates;
        LambdaRates = lambdaRates;
        InstanceSpecs = instanceSpecs;
        SpotAdvisorEntries = spotAdvisorEntries;

        ec2 = new(ec2Prices, p => p.Capacity, p => p.Region, p => p.IsLinuxShared ? Key(p.Region, p.InstanceType, p.Capacity) : Key(p.Region, p.InstanceType, p.Capacity, p.Platform, p.Tenancy), p => p.Source);
        commitments = new(commitmentRates, r => r.Plan, r => r.Region, r => Key(r.Region, r.InstanceType, r.Plan, Term(r.TermYears), r.Payment), r => r.Source);
        fargate = new(fargateRates, _ => "fargate", r => r.Region, r => Key(r.Region, r.Architecture, r.Capacity), r => r.Source);
        spotAdvisor = new(spotAdvisorEntries, _ => "spot-advisor", e => e.Region, e => Key(e.Region, e.InstanceType), e => e.Source);
        lambda = BuildLambda(lambdaRates);
        specs = new(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in instanceSpecs)
        {
            specs[spec.InstanceType] = spec;
        }

        AsOfDates = [.. ec2Prices.Select(p => p.Source.AsOf)
            .Concat(commitmentRates.Select(r => r.Source.AsOf))
            .Concat(fargateRates.Select(r => r.Source.AsOf))
            .Concat(lambdaRates.Select(r => r.Source.AsOf))
            .Distinct()
            .Order()];
    }

    public static PriceCatalog Empty { get; } = Create();

    public IReadOnlyList<Ec2Price> Ec2Prices { get; }

    public IReadOnlyList<CommitmentRate> CommitmentRates { get; }

    public IReadOnlyList<FargateRate> FargateRates { get; }

    public IReadOnlyList<LambdaRate> LambdaRates { get; }

    public IReadOnlyList<InstanceSpec> InstanceSpecs { get; }

    public IReadOnlyList<SpotAdvisorEntry> SpotAdvisorEntries { get; }

    /// <summary>Every date a price in the catalog reflects, oldest first.</summary>
    public IReadOnlyList<DateOnly> AsOfDates { get; }

    public bool IsEmpty => AsOfDates.Count == 0;

    /// <summary>Each kind of price with its sources and dates, for reports to name.</summary>
    public IReadOnlyList<PriceProvenance> Provenance =>
    [
        .. ec2.Provenance(),
        .. commitments.Provenance(),
        .. fargate.Provenance(),
        .. LambdaRates.GroupBy(r => r.Source)
            .Select(g => new PriceProvenance("lambda", g.Key.Source, g.Key.AsOf, g.Count()))
            .OrderBy(p => p.AsOf),
    ];

    public static PriceCatalog Create(
        IEnumerable<Ec2Price>? ec2Prices = null,
        IEnumerable<CommitmentRate>? commitmentRates = null,
        IEnumerable<FargateRate>? fargateRates = null,
        IEnumerable<LambdaRate>? lambdaRates = null,
        IEnumerable<InstanceSpec>? instanceSpecs = null,
        IEnumerable<SpotAdvisorEntry>? spotAdvisorEntries = null) =>
        new(
            [.. ec2Prices ?? []],
            [.. commitmentRates ?? []],
            [.. fargateRates ?? []],
            [.. lambdaRates ?? []],
            [.. instanceSpecs ?? []],
            [.. spotAdvisorEntries ?? []]);

    /// <summary>The prices known on <paramref name="date"/>: rows dated after it are dropped, so each lookup
    /// answers with the newest price not after the date.</summary>
    public PriceCatalog NotAfter(DateOnly date) =>
        new(
            [.. Ec2Prices.Where(p => p.Source.AsOf <= date)],
            [.. CommitmentRates.Where(r => r.Source.AsOf <= date)],
            [.. FargateRates.Where(r => r.Source.AsOf <= date)],
            [.. LambdaRates.Where(r => r.Source.AsOf <= date)],
            InstanceSpecs,
            [.. SpotAdvisorEntries.Where(e => e.Source.AsOf <= date)]);

    /// <summary>Regions holding prices of <paramref name="kind"/>: a capacity, a plan, "fargate" or "lambda".</summary>
    public IReadOnlyList<string> Regions(string kind) => kind switch
    {
        "fargate" => fargate.Regions("fargate"),
        "lambda" => [.. lambda.Values.Select(s => s.Region).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
        _ when PriceTerms.Plans.Contains(kind) => commitments.Regions(kind),
        _ => ec2.Regions(kind),
    };

    public PriceLookup<Ec2Price> OnDemand(string region, string instanceType) => Ec2(region, instanceType, PriceTerms.OnDemand);

    public PriceLookup<Ec2Price> Spot(string region, string instanceType) => Ec2(region, instanceType, PriceTerms.Spot);

    public PriceLookup<Ec2Price> Ec2(string region, string instanceType, string capacity)
    {
        if (ec2.TryGet(Key(region, instanceType, capacity), out var price))
        {
            return PriceLookup.Hit(price);
        }

        var what = $"{capacity} price for {instanceType}";
        return ec2.HasRegion(capacity, region)
            ? PriceLookup.Miss<Ec2Price>(PriceGap.NotListed, $"no {what} in {region}: the catalog lists {ec2.Count(capacity, region)} other types there")
            : PriceLookup.Miss<Ec2Price>(PriceGap.RegionNotLoaded, $"no {what} in {region}; {HeldRegions($"{capacity} prices", ec2.Regions(capacity))}");
    }

    public PriceLookup<CommitmentRate> Commitment(string region, string instanceType, string plan, int termYears, string payment)
    {
        if (commitments.TryGet(Key(region, instanceType, plan, Term(termYears), payment), out var rate))
        {
            return PriceLookup.Hit(rate);
        }

        var name = PriceTerms.DescribePlan(plan);
        var what = $"{name} rate for {instanceType} ({termYears}y, {payment} upfront) in {region}";
        return commitments.HasRegion(plan, region)
            ? PriceLookup.Miss<CommitmentRate>(PriceGap.NotListed, $"no {what}: the type, term or payment is not offered in the catalog's {name} rates there")
            : PriceLookup.Miss<CommitmentRate>(
                PriceGap.RegionNotLoaded,
                $"no {what}: rates not loaded, run `analyzer prices refresh --region {region}`; {HeldRegions($"{name} rates", commitments.Regions(plan))}");
    }

    public PriceLookup<FargateRate> Fargate(string region, string architecture, string capacity)
    {
        if (fargate.TryGet(Key(region, architecture, capacity), out var rate))
        {
            return PriceLookup.Hit(rate);
        }

        var what = $"Fargate {capacity} {architecture} rate in {region}";
        return fargate.HasRegion("fargate", region)
            ? PriceLookup.Miss<FargateRate>(PriceGap.NotListed, $"no {what}: the catalog holds other Fargate rates there but not this architecture and capacity")
            : PriceLookup.Miss<FargateRate>(PriceGap.RegionNotLoaded, $"no {what}; {HeldRegions("Fargate rates", fargate.Regions("fargate"))}");
    }

    public PriceLookup<LambdaPriceSchedule> Lambda(string region, string architecture)
    {
        if (lambda.TryGetValue(Key(region, architecture), out var schedule))
        {
            return PriceLookup.Hit(schedule);
        }

        var regions = Regions("lambda");
        var what = $"Lambda {architecture} prices in {region}";
        return regions.Contains(region, StringComparer.OrdinalIgnoreCase)
            ? PriceLookup.Miss<LambdaPriceSchedule>(PriceGap.NotListed, $"no {what}: the catalog holds other architectures there")
            : PriceLookup.Miss<LambdaPriceSchedule>(PriceGap.RegionNotLoaded, $"no {what}; {HeldRegions("Lambda prices", regions)}");
    }

    public PriceLookup<InstanceSpec> Spec(string instanceType) =>
        specs.TryGetValue(instanceType, out var spec)
            ? PriceLookup.Hit(spec)
            : PriceLookup.Miss<InstanceSpec>(PriceGap.NotListed, $"no specs for instance type {instanceType}: the catalog describes {specs.Count} types");

    public PriceLookup<SpotAdvisorEntry> SpotAdvice(string region, string instanceType)
    {
        if (spotAdvisor.TryGet(Key(region, instanceType), out var entry))
        {
            return PriceLookup.Hit(entry);
        }

        return spotAdvisor.HasRegion("spot-advisor", region)
            ? PriceLookup.Miss<SpotAdvisorEntry>(PriceGap.NotListed, $"no Spot advisor entry for {instanceType} in {region}")
            : PriceLookup.Miss<SpotAdvisorEntry>(PriceGap.RegionNotLoaded, $"no Spot advisor entry for {instanceType} in {region}; {HeldRegions("Spot advisor entries", spotAdvisor.Regions("spot-advisor"))}");
    }

    private static Dictionary<string, LambdaPriceSchedule> BuildLambda(IReadOnlyList<LambdaRate> rates)
    {
        // All tiers of a schedule come from its newest date, so a refresh that lists fewer tiers never mixes in
        // an older tier.
        var schedules = new Dictionary<string, LambdaPriceSchedule>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in rates.GroupBy(r => Key(r.Region, r.Architecture), StringComparer.OrdinalIgnoreCase))
        {
            var newest = group.Max(r => r.Source.AsOf);
            var tiers = group.Where(r => r.Source.AsOf == newest)
                .GroupBy(r => r.TierGbSecondsFrom)
                .Select(g => g.Last())
                .ToList();
            var first = tiers[0];
            schedules[group.Key] = new LambdaPriceSchedule(first.Region, first.Architecture, tiers);
        }

        return schedules;
    }

    private static string HeldRegions(string what, IReadOnlyList<string> regions) =>
        regions.Count == 0 ? $"the catalog holds no {what}" : $"the catalog holds {what} for: {string.Join(", ", regions)}";

    private static string Term(int years) => years.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static string Key(params string[] parts) => string.Join('\u001f', parts);
}
