using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.Rules;

/// <summary>Invariants over many random workloads, profiles and settings, from a fixed seed.</summary>
public class WorkloadEvaluatorPropertyTests
{
    private const int Cases = 1500;

    private static readonly string[] Types = [.. TestPrices.Specs.Select(s => s.InstanceType)];

    [Fact]
    public void Evaluate_Recommendation_NeverCostlierThanCurrentUnlessItFixesUnderProvisioning()
    {
        var families = new Dictionary<OptionFamily, int>();
        foreach (var (workload, profile, settings, _) in RandomCases(1))
        {
            var evaluation = WorkloadEvaluator.Evaluate(workload, profile, TestPrices.Book, settings);
            var chosen = evaluation.Recommendation.Chosen;
            families[chosen.Family] = families.GetValueOrDefault(chosen.Family) + 1;
            var current = evaluation.Options.Single(o => o.Family == OptionFamily.Current);

            Assert.True(
                chosen.FixesUnderProvisioning || chosen.MonthlyCost is null || chosen.MonthlyCost <= current.MonthlyCost,
                $"{chosen.Option} costs {chosen.MonthlyCost} > current {current.MonthlyCost}");
            if (evaluation.Recommendation.Commitment is { } commitment)
            {
                Assert.True(commitment.MonthlyCost < chosen.MonthlyCost, $"{commitment.Option} does not save on {chosen.Option}");
            }
        }

        // The cases must exercise real choices, not only "keep current".
        Assert.True(families.Count >= 6, string.Join(", ", families));
        Assert.True(families.GetValueOrDefault(OptionFamily.Current) < Cases / 2, string.Join(", ", families));
    }

    [Fact]
    public void Evaluate_FeasibleOptions_NeverViolateAConstraint()
    {
        foreach (var (workload, profile, settings, tolerant) in RandomCases(2))
        {
            var evaluation = WorkloadEvaluator.Evaluate(workload, profile, TestPrices.Book, settings);
            var need = DemandRequirement.From(profile, settings, workload.Vcpu ?? 0, workload.MemoryGib ?? 0);
            var pooled = FleetRequirement.IsPooled(workload.Kind);
            foreach (var option in evaluation.Options.Where(o => o.Feasible))
            {
                var why = $"{option.Option} for {workload.Kind} {workload.InstanceType}";
                Assert.True(settings.Allows(option.Family), why);
                if (option.Family is OptionFamily.Ec2Spot or OptionFamily.FargateSpot)
                {
                    Assert.True(tolerant, $"{why}: Spot for an intolerant workload");
                }

                if (option.Family is OptionFamily.Ec2Rightsized or OptionFamily.Graviton && option.Target?.InstanceType is { } type)
                {
                    var spec = TestPrices.Spec(type);
                    if (pooled)
                    {
                        AssertCoversFleet(workload, profile, settings, spec.Vcpu, (double)spec.MemoryGib, option, why);
                    }
                    else
                    {
                        Assert.True(Ec2Rightsizer.Covers(spec, need), $"{why}: does not cover {need}");
                    }

                    Assert.True(profile.HasMemoryMetric || (double)spec.MemoryGib >= workload.MemoryGib, $"{why}: shrank memory without a metric");
                }

                if (option.Family is OptionFamily.Fargate or OptionFamily.FargateSpot)
                {
                    var t = option.Target!;
                    Assert.Contains(FargateTaskSizer.ValidSizes, s => (double)s.Vcpu == t.Vcpu && (double)s.MemoryGb == t.MemoryGib);
                    if (pooled)
                    {
                        AssertCoversFleet(workload, profile, settings, t.Vcpu!.Value, t.MemoryGib!.Value, option, why);
                    }
                    else
                    {
                        Assert.True(t.Vcpu >= need.Vcpu && t.MemoryGib >= need.MemoryGib, $"{why}: task too small");
                    }
                }

                if (option.Family == OptionFamily.Lambda)
                {
                    Assert.True(profile.UnitOfWorkSeconds <= LambdaCostCalculator.MaxTimeoutSeconds, $"{why}: unit of work too long");
                    Assert.True(option.Target!.LambdaMemoryMb <= LambdaCostCalculator.MaxMemoryMb, $"{why}: too much memory");
                }

                if (option.Family == OptionFamily.Stop)
                {
                    Assert.True(workload.Kind == WorkloadKind.LambdaFunction ? profile.MonthlyInvocations == 0 : profile.CpuMaxPercent <= settings.IdleCpuMaxPercent, why);
                }
            }

            var chosen = evaluation.Recommendation.Chosen;
            Assert.True(chosen.Family == OptionFamily.Current || RecommendationSelector.Fits(chosen, settings), $"{chosen.Option} exceeds the {settings.RiskAppetite} appetite");
            AssertWholeUnitsOnOneHoursBasis(evaluation, profile);
        }
    }

    [Fact]
    public void Evaluate_Recommendation_ChangesSomethingAndSavesAtLeastTheMinimum()
    {
        foreach (var (workload, profile, settings, _) in RandomCases(3))
        {
            var evaluation = WorkloadEvaluator.Evaluate(workload, profile, TestPrices.Book, settings);
            var chosen = evaluation.Recommendation.Chosen;
            var current = evaluation.Options.Single(o => o.Family == OptionFamily.Current);
            if (chosen.Family == OptionFamily.Current || chosen.FixesUnderProvisioning)
            {
                continue;
            }

            Assert.True(RecommendationSelector.Changes(chosen, current), $"{chosen.Option} changes nothing");
            Assert.True(chosen.MonthlySavings >= settings.MinimumSavingsFor(current.MonthlyCost!.Value), $"{chosen.Option} saves only {chosen.MonthlySavings}");
        }
    }

    // Every priced option runs whole units (an average between its fewest and most), and its hours are the current
    // setup's unless it stops outside active hours (batch on Fargate or Lambda) or on a schedule.
    private static void AssertWholeUnitsOnOneHoursBasis(WorkloadEvaluation evaluation, DemandProfile profile)
    {
        var current = evaluation.Options.Single(o => o.Family == OptionFamily.Current);
        foreach (var option in evaluation.Options.Where(o => o.Feasible && o.Target is not null))
        {
            var units = option.Target!.Units;
            Assert.True(units.Min >= 0 && units.Min <= units.Max, $"{option.Option}: {units}");
            Assert.InRange(units.Average, units.Min - 1e-9, units.Max + 1e-9);
            var stopsOutsideActiveHours = option.Family is OptionFamily.Schedule or OptionFamily.Lambda
                || (profile.Shape.IsBatch() && option.Family is OptionFamily.Fargate or OptionFamily.FargateSpot);
            if (!stopsOutsideActiveHours && option.Target.LambdaMemoryMb is null && option.Family != OptionFamily.Stop && current.Target is { } now)
            {
                Assert.Equal(now.MonthlyHours, option.Target.MonthlyHours, 6);
            }
        }
    }

    // A pooled option's units at peak cover the fleet's total demand and the availability minimum, and on average it
    // never runs fewer units than the minimum when the fleet always ran 2 or more.
    private static void AssertCoversFleet(Workload workload, DemandProfile profile, AnalysisSettings settings, double unitVcpu, double unitMemoryGib, OptionResult option, string why)
    {
        var context = TestWorkloads.Context(workload, profile, 1m);
        var fleet = FleetRequirement.From(context, settings, workload.Vcpu ?? 0, workload.MemoryGib ?? 0);
        var batch = profile.Shape.IsBatch() && option.Family is OptionFamily.Fargate or OptionFamily.FargateSpot;
        var size = fleet.SizeFor(unitVcpu, unitMemoryGib, batch);
        Assert.NotNull(size);
        Assert.True(
            batch ? unitVcpu * size.PeakUnits >= fleet.TotalVcpu - 1e-9 : fleet.IsCoveredBy(unitVcpu, unitMemoryGib, size.PeakUnits),
            $"{why}: {size.PeakUnits} units do not cover {fleet}");
        Assert.True(size.PeakUnits >= (fleet.CurrentPeakUnits >= 2 && !profile.Shape.IsBatch() ? settings.MinimumPooledUnits : 1), $"{why}: below the availability minimum");
        Assert.Equal(size.Series.Units, option.Target!.Units);
        Assert.True(profile.HasMemoryMetric || unitMemoryGib >= workload.MemoryGib, $"{why}: shrank memory without a metric");
    }

    private static IEnumerable<(Workload Workload, DemandProfile Profile, AnalysisSettings Settings, bool Tolerant)> RandomCases(int stream)
    {
        var random = new Random(4242 + stream);
        for (var i = 0; i < Cases; i++)
        {
            var spec = TestPrices.Spec(Types[random.Next(Types.Length)]);
            var kind = (WorkloadKind)random.Next(4);
            var tagged = random.NextDouble() < 0.2;
            var tags = tagged ? new Dictionary<string, string> { ["analyzer:interruptible"] = "true" } : new Dictionary<string, string>();
            var lambdaMb = random.Next(128, 3009);
            var workload = kind switch
            {
                WorkloadKind.LambdaFunction => new Workload($"f{i}", "1", TestPrices.Region, kind, "f", null, lambdaMb / 1769.0, lambdaMb / 1024.0, random.NextDouble() < 0.5 ? "x86_64" : "arm64", "on-demand", null, 1, lambdaMb, 60, tags),
                WorkloadKind.EcsService => new Workload($"s{i}", "1", TestPrices.Region, kind, "s", null, (double)FargateTaskSizer.ValidSizes[random.Next(30)].Vcpu, 4, "x86_64", "on-demand", "FARGATE", random.Next(1, 6), null, null, tags),
                _ => new Workload($"i{i}", "1", TestPrices.Region, kind, "i", spec.InstanceType, spec.Vcpu, (double)spec.MemoryGib, spec.Architecture!, "on-demand", null, random.Next(1, 6), null, null, tags),
            };

            var vcpu = workload.Vcpu ?? 1;
            var peak = random.NextDouble() < 0.1 ? random.NextDouble() * 1.5 : random.NextDouble() * 100;
            var mean = peak * random.NextDouble();
            var hours = random.Next(10, 337);
            var memoryMax = random.NextDouble() < 0.5 ? (workload.MemoryGib ?? 1) * random.NextDouble() * 1.3 : (double?)null;

            // Pooled fleets: a running count that scales between a quiet and a busy level, and an hourly fleet total
            // whose peak lies between one unit's peak times the mean and times the maximum count.
            var countMin = random.Next(0, 4);
            var countMax = countMin + random.Next(0, 8);
            var countMean = countMax == 0 ? 1 : countMin + ((countMax - countMin) * random.NextDouble());
            var fleetPeak = vcpu * peak / 100 * (countMean + ((countMax - countMean) * random.NextDouble()));
            var withFleet = FleetRequirement.IsPooled(kind) && random.NextDouble() < 0.7;
            var profile = TestWorkloads.Steady(vcpu, peak, mean, memoryMax, hours) with
            {
                WorkloadId = workload.WorkloadId,
                CpuP90Vcpu = vcpu * mean / 100,
                ActiveHoursFraction = random.NextDouble(),
                Shape = (DemandShape)random.Next(7),
                RunningCountMean = countMean,
                RunningCountMin = Math.Min(countMin, countMean),
                RunningCountMax = Math.Max(countMax, 1),
                FleetCpuMeanVcpu = withFleet ? vcpu * mean / 100 * countMean : null,
                FleetCpuP90Vcpu = withFleet ? fleetPeak * 0.8 : null,
                FleetCpuP95Vcpu = withFleet ? fleetPeak * 0.9 : null,
                FleetCpuP99Vcpu = withFleet ? fleetPeak : null,
                FleetCpuP995Vcpu = withFleet ? fleetPeak : null,
                FleetCpuMaxVcpu = withFleet ? fleetPeak : null,
                FleetMemoryMaxGib = withFleet && memoryMax is { } m ? m * Math.Max(countMax, 1) : null,
                UnitOfWorkSeconds = random.NextDouble() < 0.5 ? random.Next(1, 3600) : null,
                MonthlyInvocations = kind == WorkloadKind.LambdaFunction ? random.Next(0, 5_000_000) : null,
                DurationAverageMs = kind == WorkloadKind.LambdaFunction ? random.Next(1, 900_000) : null,
            };

            var settings = new AnalysisSettings
            {
                RiskAppetite = (RiskAppetite)random.Next(3),
                CpuPercentile = (CpuPercentile)random.Next(5),
                CpuHeadroomPercent = new[] { 0, 20, 30 }[random.Next(3)],
                MinimumPooledUnits = random.Next(1, 4),
                AllowedOptions = random.NextDouble() < 0.3
                    ? Enum.GetValues<OptionFamily>().Where(_ => random.NextDouble() < 0.5).Append(OptionFamily.Current).ToHashSet()
                    : Enum.GetValues<OptionFamily>().ToHashSet(),
            };

            var tolerant = InterruptionToleranceRule.Assess(workload, profile, settings.InterruptionToleranceTags).Tolerant;
            Assert.Equal(tagged || kind == WorkloadKind.AutoScalingGroup || profile.Shape.IsBatch(), tolerant);
            yield return (workload, profile, settings, tolerant);
        }
    }
}
