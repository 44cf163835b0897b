using Analyzer.Core.Pricing;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Rules;

public class Ec2OfferIndexTests
{
    private static readonly Ec2Offer[] Catalog =
    [
        Offer("m5.large", "x86_64", 2, 0.096m),
        Offer("m7g.large", "arm64", 2, 0.0816m),
        Offer("m6i.large", "x86_64", 2, 0.096m),
        Offer("c5.large", "x86_64", 2, 0.085m),
        Offer("m5.xlarge", "x86_64", 4, 0.192m),
        Offer("g4dn.xlarge", "x86_64", 4, 0.526m, gpus: 1),
        Offer("x9.odd", null, 2, 0.05m),
    ];

    [Fact]
    public void ByPrice_X86WithoutGpus_CheapestFirstAndEqualPricesInCatalogOrder()
    {
        // c5.large 0.085 < m5.large 0.096 = m6i.large 0.096 (catalog order: m5 first) < m5.xlarge 0.192; the arm64, GPU
        // and unknown-architecture offers are in other groups.
        var index = Ec2OfferIndex.Of(Catalog);

        Assert.Equal(["c5.large", "m5.large", "m6i.large", "m5.xlarge"], Names(index.ByPrice("x86_64", 0)));
        Assert.Equal(["g4dn.xlarge"], Names(index.ByPrice("x86_64", 1)));
        Assert.Equal(["m7g.large"], Names(index.ByPrice("arm64", 0)));
        Assert.Empty(index.ByPrice("arm64", 1));
    }

    [Fact]
    public void BySize_X86WithoutGpus_OneEntryPerVcpuCountFewestFirstInCatalogOrder()
    {
        var index = Ec2OfferIndex.Of(Catalog);

        var sizes = index.BySize("x86_64", 0);

        Assert.Equal([2, 4], sizes.Select(s => s.Vcpu));
        Assert.Equal(["m5.large", "m6i.large", "c5.large"], Names(sizes[0].Offers));
        Assert.Equal(["m5.xlarge"], Names(sizes[1].Offers));
    }

    [Fact]
    public void WithVcpu_UnknownArchitecture_IsItsOwnGroupAsAFullScanWouldMatchIt()
    {
        var index = Ec2OfferIndex.Of(Catalog);

        Assert.Equal(["x9.odd"], Names(index.WithVcpu(null, 0, 2)));
        Assert.Equal(["m5.large", "m6i.large", "c5.large"], Names(index.WithVcpu("x86_64", 0, 2)));
        Assert.Empty(index.WithVcpu("x86_64", 0, 8));
        Assert.Equal(7, index.All.Count);
    }

    [Fact]
    public void Groups_OverGeneratedCatalogs_HoldExactlyTheOffersAFullScanSelects()
    {
        var random = new Random(13);
        for (var c = 0; c < 300; c++)
        {
            var catalog = RandomCatalog(random);
            var index = Ec2OfferIndex.Of(catalog);
            foreach (var arch in new[] { "x86_64", "arm64", null })
            {
                foreach (var gpus in new[] { 0, 1 })
                {
                    var scan = catalog.Where(o => o.Spec.Architecture == arch && o.Spec.Gpus == gpus).ToList();
                    Assert.Equal(Names(scan.OrderBy(o => o.UsdPerHour)), Names(index.ByPrice(arch, gpus)));
                    Assert.Equal(Names(scan.OrderBy(o => o.Spec.Vcpu)), Names(index.BySize(arch, gpus).SelectMany(s => s.Offers)));
                    foreach (var vcpu in new[] { 1, 2, 3, 4, 8, 16 })
                    {
                        Assert.Equal(Names(scan.Where(o => o.Spec.Vcpu == vcpu)), Names(index.WithVcpu(arch, gpus, vcpu)));
                    }
                }
            }
        }
    }

    /// <summary>Offers of a few families, sizes and prices on a coarse grid, so equal prices and equal sizes are common.</summary>
    internal static List<Ec2Offer> RandomCatalog(Random random)
    {
        string[] families = ["m5", "m6i", "c5", "c7a", "r5", "t3", "m4", "m7g", "c7g", "t4g", "x9"];
        var offers = new List<Ec2Offer>();
        var count = random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            var family = families[random.Next(families.Length)];
            var arch = family == "x9" ? null : family.EndsWith('g') ? "arm64" : "x86_64";
            var vcpu = new[] { 1, 2, 4, 8, 16 }[random.Next(5)];
            var memory = vcpu * new[] { 1m, 2m, 4m, 8m }[random.Next(4)];
            var burstable = family[0] == 't';
            var price = vcpu * 0.01m * random.Next(2, 6);
            var spec = new InstanceSpec($"{family}.s{i}", family, int.Parse(family[1..2], System.Globalization.CultureInfo.InvariantCulture), vcpu, memory, arch, burstable, burstable ? 20 + (10 * random.Next(3)) : null, random.Next(6) == 0 ? 1 : 0);
            offers.Add(new Ec2Offer(spec, price));
        }

        return offers;
    }

    private static Ec2Offer Offer(string type, string? arch, int vcpu, decimal price, int gpus = 0) =>
        new(new InstanceSpec(type, type.Split('.')[0], 5, vcpu, vcpu * 4, arch, false, null, gpus), price);

    private static List<string> Names(IEnumerable<Ec2Offer> offers) => [.. offers.Select(o => o.Spec.InstanceType)];
}
