using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class FleetFargateSizerTests
{
    [Fact]
    public void Cheapest_OverGeneratedFleetsAndRates_PicksWhatTheOrderedQueryOverEverySizePicks()
    {
        // Rates on a coarse grid make equal costs common (at 0.01 $/vCPU-h and 0.0025 $/GB-h, 1 vCPU/2 GB and
        // 0.5 vCPU/4 GB both cost 0.015 $/h), so the tie-breaks (peak count nearest today's, fewer vCPUs, the first
        // valid size) are exercised, not only the price.
        var random = new Random(23);
        var settings = new AnalysisSettings();
        var picked = 0;
        for (var c = 0; c < 300; c++)
        {
            var vcpu = new[] { 0.5, 1, 2, 4, 8 }[random.Next(5)];
            var units = random.Next(1, 12);
            var profile = RightsizerOfferScanTests.RandomProfile(random, vcpu, units);
            var context = TestWorkloads.Context(TestWorkloads.EcsFargate(vcpu, vcpu * random.Next(1, 5), units), profile, 100m);
            var fleet = FleetRequirement.From(context, settings, vcpu, vcpu * 2);
            var (perVcpu, perGb) = (0.01m * random.Next(1, 4), 0.0025m * random.Next(1, 4));
            var (activeOnly, reserved) = (random.Next(3) == 0, random.Next(3) == 0 ? 0.25m : 0m);
            var expected = FargateTaskSizer.ValidSizes
                .Select(t => (Task: t, Size: fleet.SizeFor((double)t.Vcpu, (double)(t.MemoryGb - reserved), activeOnly)))
                .Where(x => x.Size is not null)
                .OrderBy(x => Math.Round(((x.Task.Vcpu * perVcpu) + (x.Task.MemoryGb * perGb)) * x.Size!.Series.MonthlyUnitHours, 2))
                .ThenBy(x => Math.Abs(x.Size!.PeakUnits - fleet.CurrentPeakUnits))
                .ThenBy(x => x.Task.Vcpu)
                .FirstOrDefault();

            var cheapest = FleetFargateSizer.Cheapest(fleet, perVcpu, perGb, activeOnly, reserved);

            Assert.Equal(expected.Task, cheapest?.Task);
            Assert.Equal(expected.Size?.Series.Units, cheapest?.Size.Series.Units);
            picked += expected.Task is null ? 0 : 1;
        }

        Assert.True(picked > 150, $"{picked} picks");
    }
}
