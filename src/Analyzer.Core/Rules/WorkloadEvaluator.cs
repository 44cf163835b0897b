using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// Prices every option that applies to one workload and chooses a recommendation. Pure: all inputs are
/// passed in, so the same profile and prices always give the same answer.
/// </summary>
public static class WorkloadEvaluator
{
    private static readonly string[] Architectures = ["x86_64", "arm64"];

    /// <param name="actualMonthlyUsd">Cost lines matched to the workload, scaled to a month; null when none.</param>
    public static WorkloadEvaluation Evaluate(Workload workload, DemandProfile profile, PriceBook prices, AnalysisSettings settings, decimal? actualMonthlyUsd = null)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(settings);
        var (currentCost, basis) = CurrentCostEstimator.Estimate(workload, profile, prices, actualMonthlyUsd);
        var confidence = ConfidenceRule.For(profile);
        var tolerance = InterruptionToleranceRule.Assess(workload, profile, settings.InterruptionToleranceTags);
        var currentTarget = new OptionTarget(workload.InstanceType, workload.Architecture, workload.Vcpu, workload.MemoryGib, workload.LambdaMemoryMb, workload.PurchaseOption, (double)Billing.HoursPerMonth, workload.DesiredCount);
        if (currentCost is not { } cost)
        {
            var unpriced = OptionResult.Infeasible("current", OptionFamily.Current, $"current cost unknown: {basis}", Risk.VeryLow, Effort.VeryLow, Confidence.Low, target: currentTarget);
            return new WorkloadEvaluation(workload.WorkloadId, [unpriced], new Recommendation(workload.WorkloadId, unpriced, null, [], $"no recommendation: current cost unknown ({basis})"));
        }

        var current = OptionResult.Priced("current", OptionFamily.Current, cost, cost, Risk.VeryLow, Effort.VeryLow, confidence, currentTarget, basis);
        var context = new WorkloadContext(workload, profile, cost, confidence, tolerance);
        var options = new List<OptionResult> { current, IdleRule.Evaluate(context, settings) };
        if (workload.Kind == WorkloadKind.LambdaFunction)
        {
            options.Add(LambdaEvaluator.RightsizeFunction(context, prices.Lambda(workload.Region, workload.Architecture), settings));
            options.Add(LambdaEvaluator.FunctionOnArm(context, prices.Lambda(workload.Region, "arm64")));
        }
        else
        {
            AddEc2Options(options, context, prices, settings);
            foreach (var arch in Architectures)
            {
                options.Add(FargateEvaluator.Evaluate(context, prices.Fargate(workload.Region, arch, "on-demand"), arch, spot: false, settings));
                options.Add(FargateEvaluator.Evaluate(context, prices.Fargate(workload.Region, arch, "spot"), arch, spot: true, settings));
                options.Add(LambdaEvaluator.Convert(context, prices.Lambda(workload.Region, arch), arch, settings));
            }
        }

        var allowed = options.Where(o => settings.Allows(o.Family)).ToList();
        var recommendation = RecommendationSelector.Select(workload.WorkloadId, allowed, settings);
        var commitments = CommitmentsFor(recommendation.Chosen, context, prices);
        allowed.AddRange(commitments.Where(o => settings.Allows(o.Family)));
        recommendation = RecommendationSelector.WithCommitment(recommendation, commitments, settings);
        return new WorkloadEvaluation(workload.WorkloadId, allowed, recommendation);
    }

    private static void AddEc2Options(List<OptionResult> options, WorkloadContext context, PriceBook prices, AnalysisSettings settings)
    {
        var workload = context.Workload;
        if (workload.InstanceType is not { } type || prices.Spec(type) is not { } spec)
        {
            return;
        }

        var offers = prices.OnDemandOffers(workload.Region).ToArray();
        var arch = spec.Architecture ?? workload.Architecture;
        var pooled = FleetRequirement.IsPooled(workload.Kind);
        OptionResult Rightsize(string architecture) => pooled
            ? FleetEc2Rightsizer.Evaluate(context, spec, offers, settings, architecture)
            : Ec2Rightsizer.Evaluate(context, spec, offers, settings, architecture);
        var sized = Rightsize(arch);
        options.Add(sized);
        if (arch != "arm64")
        {
            options.Add(Rightsize("arm64"));
        }

        // Spot on the rightsized type and count where one was found, else on the current type and count.
        var resized = sized.Feasible && sized.Target?.InstanceType is not null;
        var spotType = resized ? sized.Target!.InstanceType! : type;
        var onDemand = prices.Ec2(workload.Region, spotType, "on-demand") ?? 0m;
        var advice = prices.Advice(workload.Region, spotType);
        var units = pooled && resized ? sized.Target!.Units : context.Units;
        var change = pooled && resized ? sized.Reason?.Split("; ")[0] : null;
        options.Add(SpotEvaluator.Evaluate(context, spotType, onDemand, prices.Ec2(workload.Region, spotType, "spot"), advice?.SavingsPercent, advice?.InterruptionFrequency, units, change));
    }

    private static IReadOnlyList<OptionResult> CommitmentsFor(OptionResult chosen, WorkloadContext context, PriceBook prices)
    {
        if (chosen.Family is not (OptionFamily.Current or OptionFamily.Ec2Rightsized or OptionFamily.Graviton)
            || chosen.Target?.InstanceType is not { } type
            || context.Workload.PurchaseOption == "spot"
            || prices.Ec2(context.Workload.Region, type, "on-demand") is not { } onDemand)
        {
            return [];
        }

        return CommitmentEvaluator.Evaluate(context, type, onDemand, prices.Commitments(context.Workload.Region, type),
            chosen.Family == OptionFamily.Current ? null : chosen.Target.Units);
    }
}
