namespace Analyzer.Core.Rules;

/// <summary>
/// One region's on-demand offers (for one platform and tenancy) grouped once per run by what a target must share with
/// the type it replaces, its architecture and GPU count, so a rightsizer or a Spot pool scans only the offers that can
/// qualify instead of every offer in the region for every workload. Each group is held three ways: by hourly price (the
/// per-unit rightsizer stops at the first price that cannot win), by vCPU count (a fleet is sized once per count), and
/// each vCPU count's offers alone (Spot pools). Within a group, and within a vCPU count, offers keep their catalog order.
/// Immutable once built: one index serves every workload's evaluation, on every core.
/// </summary>
public sealed class Ec2OfferIndex
{
    private readonly Dictionary<(string? Architecture, int Gpus), Group> groups;

    private Ec2OfferIndex(IReadOnlyList<Ec2Offer> all)
    {
        All = all;
        groups = all.GroupBy(o => (o.Spec.Architecture, o.Spec.Gpus))
            .ToDictionary(g => g.Key, g => new Group([.. g]));
    }

    public static Ec2OfferIndex Empty { get; } = new([]);

    /// <summary>Every offer, in catalog order.</summary>
    public IReadOnlyList<Ec2Offer> All { get; }

    public static Ec2OfferIndex Of(IEnumerable<Ec2Offer> offers)
    {
        ArgumentNullException.ThrowIfNull(offers);
        return new Ec2OfferIndex([.. offers]);
    }

    /// <summary>The offers of the architecture and GPU count, cheapest first (equal prices in catalog order).</summary>
    public IReadOnlyList<Ec2Offer> ByPrice(string? architecture, int gpus) =>
        groups.TryGetValue((architecture, gpus), out var group) ? group.ByPrice : [];

    /// <summary>The offers of the architecture and GPU count, one entry per vCPU count, fewest first.</summary>
    public IReadOnlyList<Ec2OfferSize> BySize(string? architecture, int gpus) =>
        groups.TryGetValue((architecture, gpus), out var group) ? group.BySize : [];

    /// <summary>The offers of the architecture, GPU count and vCPU count, in catalog order.</summary>
    /// <param name="architecture">Null for the offers whose type has no known architecture, as for the others.</param>
    public IReadOnlyList<Ec2Offer> WithVcpu(string? architecture, int gpus, int vcpu)
    {
        var sizes = BySize(architecture, gpus);
        var (lo, hi) = (0, sizes.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var at = sizes[mid].Vcpu;
            if (at == vcpu)
            {
                return sizes[mid].Offers;
            }

            (lo, hi) = at < vcpu ? (mid + 1, hi) : (lo, mid - 1);
        }

        return [];
    }

    private sealed class Group(Ec2Offer[] offers)
    {
        // OrderBy is a stable sort: equal keys keep the catalog order.
        public Ec2Offer[] ByPrice { get; } = [.. offers.OrderBy(o => o.UsdPerHour)];

        public Ec2OfferSize[] BySize { get; } = [.. offers.GroupBy(o => o.Spec.Vcpu).OrderBy(g => g.Key).Select(g => new Ec2OfferSize(g.Key, [.. g]))];
    }
}
