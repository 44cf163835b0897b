using Analyzer.Core.Lightsail;
using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// Prices every option that applies to one workload and chooses a recommendation. Pure: all inputs are
/// passed in, so the same profile and prices always give the same answer. Every option, and the current setup it
/// is compared with, is priced by one model: list rates times the whole units each hour needs, for the hours it runs.
/// </summary>
public static class WorkloadEvaluator
{
    private static readonly string[] Architectures = ["x86_64", "arm64"];

    /// <param name="actualMonthlyUsd">Cost lines matched to the workload, scaled to a month; null when none.</param>
    /// <param name="pricesNeededAt">The window's end, against which Spot prices' age is judged; null to skip the check.</param>
    public static WorkloadEvaluation Evaluate(Workload workload, DemandProfile profile, PriceBook prices, AnalysisSettings settings, decimal? actualMonthlyUsd = null, DateOnly? pricesNeededAt = null)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(settings);
        var currentCost = CurrentCostEstimator.Estimate(workload, profile, prices, actualMonthlyUsd);
        var confidence = ConfidenceRule.For(profile);
        var tolerance = InterruptionToleranceRule.Assess(workload, profile, settings.InterruptionToleranceTags);
        // An EKS Fargate pod's unit is the size Fargate bills (its requests + 256 MB, rounded up), not its requests.
        var billed = workload.Kind == WorkloadKind.EksFargatePod && workload.Vcpu is { } podVcpu && workload.MemoryGib is { } podGib
            ? EksFargatePods.Provisioned(podVcpu, podGib)
            : null;
        var currentTarget = new OptionTarget(workload.InstanceType, workload.Architecture, billed is null ? workload.Vcpu : (double)billed.Vcpu, billed is null ? workload.MemoryGib : (double)billed.MemoryGb, workload.LambdaMemoryMb, workload.PurchaseOption, currentCost.Series.MonthlyHours, currentCost.Series.Units)
        {
            HourlyUnits = currentCost.Series.Hourly,
        };
        if (currentCost.MonthlyUsd is not { } cost)
        {
            var unpriced = OptionResult.Infeasible("current", OptionFamily.Current, $"current cost unknown: {currentCost.Basis}", Risk.VeryLow, Effort.VeryLow, Confidence.Low, target: currentTarget);
            return new WorkloadEvaluation(workload.WorkloadId, [unpriced], new Recommendation(workload.WorkloadId, unpriced, null, [], $"no recommendation: current cost unknown ({currentCost.Basis})"))
            {
                BilledMonthlyCost = currentCost.BilledMonthlyUsd,
            };
        }

        var current = OptionResult.Priced("current", OptionFamily.Current, cost, cost, Risk.VeryLow, Effort.VeryLow, confidence, currentTarget, currentCost.Basis);
        var context = new WorkloadContext(workload, profile, cost, confidence, tolerance) { CurrentSeries = currentCost.Series, PricesNeededAt = pricesNeededAt };
        var options = new List<OptionResult> { current, IdleRule.Evaluate(context, settings) };
        if (workload.Kind == WorkloadKind.LambdaFunction)
        {
            options.Add(LambdaEvaluator.RightsizeFunction(context, prices.Lambda(workload.Region, workload.Architecture), settings));
            options.Add(LambdaEvaluator.FunctionOnArm(context, prices.Lambda(workload.Region, "arm64")));
        }
        else
        {
            options.Add(ScheduleEvaluator.Evaluate(context, settings));
            AddEc2Options(options, context, prices, settings);
            var noFargate = PlatformRule.Fargate(workload);
            var noLambda = PlatformRule.Lambda(workload);
            foreach (var arch in Architectures)
            {
                if (noFargate is not null)
                {
                    options.Add(PlatformRule.Unpriced($"{OptionFamily.Fargate.ToName()}:{arch}", OptionFamily.Fargate, noFargate, Effort.High, context));
                    options.Add(PlatformRule.Unpriced($"{OptionFamily.FargateSpot.ToName()}:{arch}", OptionFamily.FargateSpot, noFargate, Effort.High, context));
                }
                else
                {
                    options.Add(FargateEvaluator.Evaluate(context, prices.Fargate(workload.Region, arch, "on-demand"), arch, spot: false, settings));
                    options.Add(FargateEvaluator.Evaluate(context, prices.Fargate(workload.Region, arch, "spot"), arch, spot: true, settings));
                }

                options.Add(noLambda is not null
                    ? PlatformRule.Unpriced($"{OptionFamily.Lambda.ToName()}:{arch}", OptionFamily.Lambda, noLambda, Effort.High, context)
                    : LambdaEvaluator.Convert(context, prices.Lambda(workload.Region, arch), arch, settings));
            }
        }

        // Capacity an EKS node group, Karpenter, Batch or Beanstalk manages is advised in the manager's own settings.
        var managed = workload.Kind is WorkloadKind.Ec2Instance or WorkloadKind.AutoScalingGroup ? ManagedCapacity.Recognise(workload.Tags) : null;
        var worded = managed is null ? options : ManagedCapacityRule.Apply(options, managed);
        var allowed = worded.Where(o => settings.Allows(o.Family)).ToList();
        var recommendation = RecommendationSelector.Select(workload.WorkloadId, allowed, settings);
        var commitments = CommitmentsFor(recommendation.Chosen, context, prices);
        allowed.AddRange(commitments.Where(o => settings.Allows(o.Family)));
        recommendation = RecommendationSelector.WithCommitment(recommendation, commitments, settings);

        // Lightsail is weighed last, against the cheapest option that stays on EC2 with the commitment it would get: an
        // always-on server is where a Reserved Instance or Savings Plan pays most, so a bundle must beat that, not the
        // on-demand price. Where it does, it is the recommendation, with no commitment to stack (none covers Lightsail).
        if (LightsailEvaluator.Evaluate(context, LightsailCatalog.Bundles, allowed, settings) is { } lightsail && settings.Allows(lightsail.Family))
        {
            allowed.Add(lightsail);
            if (lightsail.Feasible)
            {
                var reselected = RecommendationSelector.Select(workload.WorkloadId, allowed, settings);
                recommendation = reselected.Chosen.Family == OptionFamily.Lightsail ? reselected : recommendation;
            }
        }

        // Only the chosen option keeps its hourly units (they are stored for the commitment optimizer); the others
        // are summarized by their unit counts.
        var chosen = recommendation.Chosen;
        var kept = allowed.Select(o => ReferenceEquals(o, chosen) || o.Target?.HourlyUnits is null ? o : o with { Target = o.Target with { HourlyUnits = null } }).ToList();
        return new WorkloadEvaluation(workload.WorkloadId, kept, recommendation) { BilledMonthlyCost = currentCost.BilledMonthlyUsd };
    }

    private static void AddEc2Options(List<OptionResult> options, WorkloadContext context, PriceBook prices, AnalysisSettings settings)
    {
        var workload = context.Workload;
        if (workload.InstanceType is not { } type || prices.Spec(type) is not { } spec)
        {
            return;
        }

        // Targets are priced with the workload's own platform and tenancy only: a dedicated instance gets dedicated
        // targets, a Windows one Windows prices, and none at all (unpriced, with the reason) where the catalog has none.
        var linuxShared = Ec2Platforms.IsLinuxShared(workload);
        var offers = linuxShared ? prices.OnDemandIndex(workload.Region) : prices.OnDemandIndex(workload.Region, workload.Platform, workload.Tenancy);
        var arch = spec.Architecture ?? workload.Architecture;
        if (!linuxShared && (PlatformRule.NoPerInstancePrice(workload) ?? (offers.All.Count == 0 ? PlatformRule.NoOffers(workload) : null)) is { } unpriced)
        {
            options.Add(PlatformRule.Unpriced(OptionFamily.Ec2Rightsized.ToName(), OptionFamily.Ec2Rightsized, unpriced, Effort.Low, context));
            if (arch != "arm64")
            {
                options.Add(PlatformRule.Unpriced(OptionFamily.Graviton.ToName(), OptionFamily.Graviton, PlatformRule.Graviton(workload) ?? unpriced, Effort.Medium, context));
            }

            options.Add(PlatformRule.Unpriced(OptionFamily.Ec2Spot.ToName(), OptionFamily.Ec2Spot, PlatformRule.Spot(workload) ?? unpriced, Effort.Medium, context));
            return;
        }

        var pooled = FleetRequirement.IsPooled(workload.Kind);
        OptionResult Rightsize(string architecture) => pooled
            ? FleetEc2Rightsizer.Evaluate(context, spec, offers, settings, architecture)
            : Ec2Rightsizer.Evaluate(context, spec, offers, settings, architecture);
        var sized = Rightsize(arch);
        options.Add(sized);
        if (arch != "arm64")
        {
            options.Add(PlatformRule.Graviton(workload) is { } noArm
                ? PlatformRule.Unpriced(OptionFamily.Graviton.ToName(), OptionFamily.Graviton, noArm, Effort.Medium, context)
                : Rightsize("arm64"));
        }

        if (PlatformRule.Spot(workload) is { } noSpot)
        {
            options.Add(PlatformRule.Unpriced(OptionFamily.Ec2Spot.ToName(), OptionFamily.Ec2Spot, noSpot, Effort.Medium, context));
            return;
        }

        // Spot on pools like the rightsized type, with its units, where one was found; else like today's type and units.
        var resized = sized.Feasible && sized.Target?.InstanceType is not null;
        var like = resized ? prices.Spec(sized.Target!.InstanceType!) ?? spec : spec;
        var series = resized && sized.Target!.HourlyUnits is { } hourly
            ? new UnitSeries(hourly, sized.Target.Units, sized.Target.MonthlyHours)
            : resized ? new UnitSeries(null, sized.Target!.Units, sized.Target.MonthlyHours) : context.CurrentSeries;
        var memoryFloor = pooled
            ? FleetRequirement.From(context, settings, spec.Vcpu, (double)spec.MemoryGib).UnitMemoryFloorGib
            : DemandRequirement.From(context.Profile, settings, spec.Vcpu, (double)spec.MemoryGib).MemoryGib;
        var pools = SpotPools.Similar(prices, workload.Region, like, spec, memoryFloor, settings);
        options.Add(SpotEvaluator.Evaluate(context, like.InstanceType, pools, series, resized ? sized.Target!.Change : null, settings));
    }

    private static IReadOnlyList<OptionResult> CommitmentsFor(OptionResult chosen, WorkloadContext context, PriceBook prices)
    {
        if (context.Workload.Kind != WorkloadKind.LambdaFunction && context.Workload.InstanceType is not null && PlatformRule.Commitment(context.Workload) is { } noRate)
        {
            return [PlatformRule.Unpriced(OptionFamily.SavingsPlan.ToName(), OptionFamily.SavingsPlan, noRate, Effort.VeryLow, context)];
        }

        if (chosen.Family is not (OptionFamily.Current or OptionFamily.Ec2Rightsized or OptionFamily.Graviton)
            || chosen.Target?.InstanceType is not { } type
            || context.Workload.PurchaseOption == "spot"
            || prices.Ec2(context.Workload.Region, type, "on-demand") is not { } onDemand)
        {
            return [];
        }

        var series = chosen.Family == OptionFamily.Current ? null : new UnitSeries(chosen.Target.HourlyUnits, chosen.Target.Units, chosen.Target.MonthlyHours);
        return CommitmentEvaluator.Evaluate(context, type, onDemand, prices.Commitments(context.Workload.Region, type), series);
    }
}
