using Analyzer.Core.Options;
using Analyzer.Core.Pricing;

namespace Analyzer.Core.Rules;

/// <summary>
/// Savings Plans and Reserved Instances for one workload's instance type, applied to its steady usage (the
/// minimum running count, for hours it runs nearly always); the rest stays on-demand. The fleet-level
/// commitment comes from <see cref="SavingsPlans.SavingsPlanOptimizer"/>; this is the per-workload view.
/// </summary>
public static class CommitmentEvaluator
{
    /// <summary>Coverage of the window below which a workload is not steady enough to commit to.</summary>
    public const double MinimumCoveragePercent = 90;

    /// <summary>The Savings Plans every EC2 workload is priced for; a plan with no rate is reported, never estimated.</summary>
    private static readonly (string Plan, string Name)[] SavingsPlans = [("compute", "Compute Savings Plans"), ("ec2instance", "EC2 Instance Savings Plans")];

    /// <param name="series">Units the chosen option runs each hour (a pooled workload's new series); today's when null.</param>
    public static IReadOnlyList<OptionResult> Evaluate(WorkloadContext context, string instanceType, decimal onDemandUsdPerHour, IEnumerable<CommitmentRate> rates, UnitSeries? series = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rates);
        var profile = context.Profile;
        var running = series ?? context.CurrentSeries;

        // The steady units are those it runs every hour of the month: its fewest, when it never stops.
        var steady = running.MonthlyHours >= (double)Billing.HoursPerMonth - 1e-6 ? running.Units.Min : 0;
        var results = new List<OptionResult>();
        foreach (var rate in rates.Where(r => r.InstanceType == instanceType))
        {
            var family = rate.Plan.StartsWith("ri-", StringComparison.Ordinal) ? OptionFamily.ReservedInstance : OptionFamily.SavingsPlan;
            var capacity = $"{rate.Plan}:{rate.TermYears}y:{rate.Payment}";
            var label = $"{family.ToName()}:{capacity}:{instanceType}";
            var risk = rate.TermYears >= 3 ? Risk.Medium : Risk.Low;
            if (profile.CoveragePercent < MinimumCoveragePercent || steady <= 0)
            {
                results.Add(OptionResult.Infeasible(label, family, $"runs {profile.CoveragePercent:0}% of hours; commitments pay off only on steady usage", risk, Effort.VeryLow, context.Confidence));
                continue;
            }

            var monthly = (rate.EffectiveUsdPerHour * Billing.HoursPerMonth * steady)
                + (onDemandUsdPerHour * (running.MonthlyUnitHours - (Billing.HoursPerMonth * steady)));
            var target = new OptionTarget(instanceType, null, null, null, null, capacity, running.MonthlyHours, running.Units);
            var note = rate.UpfrontUsd is > 0 ? $"{rate.UpfrontUsd:0.##} USD upfront, spread over the term" : null;
            results.Add(OptionResult.Priced(label, family, monthly, context.CurrentMonthlyCost, risk, Effort.VeryLow, context.Confidence, target, note));
        }

        foreach (var (plan, name) in SavingsPlans.Where(p => !results.Any(r => r.Option.StartsWith($"{OptionFamily.SavingsPlan.ToName()}:{p.Plan}:", StringComparison.Ordinal))))
        {
            var region = context.Workload.Region;
            results.Add(OptionResult.Infeasible(
                $"{OptionFamily.SavingsPlan.ToName()}:{plan}:{instanceType}",
                OptionFamily.SavingsPlan,
                $"no {name} rate for {instanceType} in {region}: rates not loaded, run `analyzer prices refresh --region {region}`",
                Risk.Low,
                Effort.VeryLow,
                context.Confidence));
        }

        return results;
    }
}
