using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

/// <summary>
/// The rightsizers read the offers through <see cref="Ec2OfferIndex"/> (one group, cheapest first or by vCPU count,
/// the per-unit one stopping at the first price that cannot win): over generated catalogs and demands, each picks what
/// pricing every offer alone and ranking the feasible ones by the documented order picks.
/// </summary>
public class RightsizerOfferScanTests
{
    private const int Cases = 400;

    [Fact]
    public void Ec2Rightsizer_OverGeneratedCatalogs_PicksTheFirstOfEveryOfferPricedAlone()
    {
        var random = new Random(11);
        var settings = new AnalysisSettings { ExcludedInstanceFamilies = ["m4"] };
        var picked = 0;
        for (var c = 0; c < Cases; c++)
        {
            var catalog = Ec2OfferIndexTests.RandomCatalog(random);
            var current = catalog[random.Next(catalog.Count)].Spec;
            var profile = RandomProfile(random, current.Vcpu, units: 1);
            var context = TestWorkloads.Context(TestWorkloads.Ec2(current.InstanceType, current.Vcpu, (double)current.MemoryGib), profile, 100m);
            foreach (var arch in new[] { "x86_64", "arm64" })
            {
                // Cheapest, then fewer vCPUs, less memory, the name (Ec2Rightsizer's order).
                var expected = catalog
                    .Select(o => (Offer: o, Alone: Ec2Rightsizer.Evaluate(context, current, [o], settings, arch)))
                    .Where(x => x.Alone.Feasible)
                    .OrderBy(x => x.Alone.MonthlyCost).ThenBy(x => x.Offer.Spec.Vcpu).ThenBy(x => x.Offer.Spec.MemoryGib)
                    .ThenBy(x => x.Offer.Spec.InstanceType, StringComparer.Ordinal)
                    .Select(x => x.Alone)
                    .FirstOrDefault();

                var option = Ec2Rightsizer.Evaluate(context, current, catalog, settings, arch);

                Assert.Equal(expected?.Option ?? option.Option, option.Option);
                Assert.Equal(expected?.MonthlyCost, option.MonthlyCost);
                Assert.Equal(expected is not null, option.Feasible);
                picked += expected is null ? 0 : 1;
            }
        }

        // Most cases must pick something, else the comparison says little.
        Assert.True(picked > Cases / 2, $"{picked} picks");
    }

    [Fact]
    public void FleetEc2Rightsizer_OverGeneratedCatalogs_PicksTheFirstOfEveryOfferPricedAlone()
    {
        var random = new Random(17);
        var settings = new AnalysisSettings { ExcludedInstanceFamilies = ["m4"] };
        var picked = 0;
        for (var c = 0; c < Cases; c++)
        {
            var catalog = Ec2OfferIndexTests.RandomCatalog(random);
            var current = catalog[random.Next(catalog.Count)].Spec;
            var units = random.Next(1, 12);
            var profile = RandomProfile(random, current.Vcpu, units);
            var context = TestWorkloads.Context(TestWorkloads.Asg(current.InstanceType, current.Vcpu, (double)current.MemoryGib, units), profile, 100m);
            var fleet = FleetRequirement.From(context, settings, current.Vcpu, (double)current.MemoryGib);
            foreach (var arch in new[] { "x86_64", "arm64" })
            {
                // Cheapest to the cent, then the peak count nearest today's, fewer vCPUs, the name (FleetEc2Rightsizer's order).
                var expected = catalog
                    .Select(o => (Offer: o, Alone: FleetEc2Rightsizer.Evaluate(context, current, [o], settings, arch)))
                    .Where(x => x.Alone.Feasible)
                    .OrderBy(x => Math.Round(x.Alone.MonthlyCost!.Value, 2))
                    .ThenBy(x => Math.Abs(fleet.SizeFor(x.Offer.Spec.Vcpu, (double)x.Offer.Spec.MemoryGib)!.PeakUnits - fleet.CurrentPeakUnits))
                    .ThenBy(x => x.Offer.Spec.Vcpu)
                    .ThenBy(x => x.Offer.Spec.InstanceType, StringComparer.Ordinal)
                    .Select(x => x.Alone)
                    .FirstOrDefault();

                var option = FleetEc2Rightsizer.Evaluate(context, current, catalog, settings, arch);

                Assert.Equal(expected?.Option ?? option.Option, option.Option);
                Assert.Equal(expected?.MonthlyCost, option.MonthlyCost);
                Assert.Equal(expected?.Target?.Units, option.Target?.Units);
                picked += expected is null ? 0 : 1;
            }
        }

        Assert.True(picked > Cases / 2, $"{picked} picks");
    }

    // Two weeks of hours, half the cases with an hourly series (the fleet is then sized hour by hour).
    internal static DemandProfile RandomProfile(Random random, double vcpu, int units)
    {
        var peak = random.Next(2, 100);
        var mean = Math.Max(1, peak * random.Next(10, 100) / 100);
        var memory = random.Next(4) == 0 ? (double?)null : vcpu * random.Next(1, 8) / 2;
        var profile = TestWorkloads.Steady(vcpu, peak, mean, memory) with { RunningCountMin = units, RunningCountMean = units, RunningCountMax = units };
        if (random.Next(2) == 0)
        {
            return profile;
        }

        var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var hours = new DemandHour[profile.HoursObserved];
        for (var h = 0; h < hours.Length; h++)
        {
            var busy = vcpu * random.Next(0, peak + 1) / 100;
            hours[h] = new DemandHour(start.AddHours(h), busy, busy * mean / peak, random.Next(Math.Max(1, units - 2), units + 1), busy > 0);
        }

        return profile with { Hours = hours, Shape = DemandShape.Flat };
    }
}
