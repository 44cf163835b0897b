using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Lightsail;

/// <summary>
/// The report's words for a workload whose recommended option is a Lightsail bundle (<see cref="LightsailEvaluator"/>
/// priced it in the engine): the bundle, what it saves beyond the cheapest option that stays on EC2, and what moving
/// gives up (no Auto Scaling, only the bundle sizes, limited AWS integration).
/// </summary>
public static class LightsailAdvisor
{
    /// <summary>
    /// The cheapest feasible option of a workload's report off Lightsail that fits the appetite, a commitment on the EC2
    /// choice included: what Lightsail was weighed against. Null when there is none (today's cost then stands in).
    /// </summary>
    public static decimal? Alternative(IEnumerable<ReportOption> options, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        return options
            .Where(o => o.Feasible && o.Family != OptionFamily.Lightsail && RecommendationSelector.Fits(o.Family, o.Risk, o.Effort, settings))
            .Select(o => (decimal?)o.MonthlyCost)
            .Min();
    }

    /// <summary>The finding of a candidate moved to <paramref name="bundle"/>; its <c>RecommendedMonthlyCost</c> is the EC2 alternative.</summary>
    public static LightsailFinding Describe(LightsailCandidate candidate, LightsailBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(bundle);
        var savings = candidate.RecommendedMonthlyCost - bundle.UsdPerMonth;
        return new LightsailFinding(candidate, bundle, savings, Advice(candidate, bundle, savings));
    }

    private static string Advice(LightsailCandidate c, LightsailBundle b, decimal savings) => string.Create(CultureInfo.InvariantCulture,
        $"Move to the Lightsail {b.BundleName} bundle ({b.Vcpu} vCPU, {b.MemoryGib:0.#} GB, {b.StorageGb} GB SSD, {b.TransferTb} TB transfer) at {b.UsdPerMonth:0.00} USD a month instead of {c.InstanceType} ({c.CurrentMonthlyCost:0.00} today, {c.RecommendedMonthlyCost:0.00} at the cheapest option that stays on EC2, a commitment included): saves {savings:0.00} a month beyond it. Its CPU is burstable: a sustained {b.BaselineCpuPercent:0}% per vCPU ({c.CpuMeanVcpu:0.##} vCPU used on average). Limits: no Auto Scaling (one fixed server), only these bundle sizes, and limited AWS integration (Lightsail's own VPC, peered to the default VPC only; no IAM instance profile, security groups or EBS volumes of EC2); moving is a migration (rebuild on a Lightsail blueprint), not a resize.");
}
