using System.Globalization;
using Analyzer.Core.Lightsail;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// Prices Lightsail as an option of a small steady Linux server: one standalone EC2 instance (not a fleet, not capacity
/// an EKS node group, Karpenter, Batch or Beanstalk manages) on Linux/UNIX and shared tenancy, running nearly every hour
/// of the window with an always-on shape, moves to the cheapest general-purpose bundle whose vCPUs cover its CPU need
/// (the configured percentile plus headroom, as EC2 rightsizing sizes it), whose burstable baseline covers its mean CPU,
/// and whose memory holds its memory need (today's size without a memory metric). A bundle's monthly price is its cost
/// for the 730-hour month every option is priced for (Lightsail bills hourly up to that monthly cap).
/// It is kept as a candidate for the recommendation only where it saves the minimum worth acting on ($1 and 1%, the
/// selector's rule) beyond the cheapest alternative that fits the appetite, a commitment on the EC2 choice included:
/// EC2 keeps Auto Scaling and AWS integration, which Lightsail gives up, so a near tie goes to EC2.
/// </summary>
public static class LightsailEvaluator
{
    /// <summary>Steady means observed running at least this share of the window's hours.</summary>
    public const double MinCoveragePercent = 95;

    /// <summary>The limits every Lightsail option states.</summary>
    public const string Limits = "Lightsail limits: no Auto Scaling (one fixed server), only its bundle sizes, burstable CPU, limited AWS integration (its own VPC peered to the default VPC only; no IAM instance profile, EC2 security groups or EBS volumes); moving is a rebuild or migration, not a resize; the bundle includes its SSD and a monthly transfer allowance";

    private static readonly DemandShape[] SteadyShapes = [DemandShape.Flat, DemandShape.Spiky, DemandShape.Variable];

    /// <summary>The Lightsail option of a standalone EC2 instance; null for other kinds of workload (fleets, services, functions).</summary>
    /// <param name="alternatives">The options already priced, with the commitment the EC2 choice would get; the cheapest feasible one that fits the appetite is what Lightsail must beat.</param>
    public static OptionResult? Evaluate(WorkloadContext context, IReadOnlyList<LightsailBundle> bundles, IReadOnlyList<OptionResult> alternatives, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(bundles);
        ArgumentNullException.ThrowIfNull(alternatives);
        ArgumentNullException.ThrowIfNull(settings);
        var workload = context.Workload;
        var profile = context.Profile;
        if (workload.Kind != WorkloadKind.Ec2Instance)
        {
            return null;
        }

        var name = OptionFamily.Lightsail.ToName();

        // Lightsail's bundles run x86_64: a Graviton server's software must move back, on top of the rebuild.
        var fromArm = workload.Architecture == "arm64";
        var effort = fromArm ? Effort.High : Effort.Medium;
        OptionResult No(string reason, decimal? cost = null, OptionTarget? target = null) =>
            OptionResult.Infeasible(name, OptionFamily.Lightsail, reason, Risk.Medium, effort, context.Confidence, cost, context.CurrentMonthlyCost, target);
        var inv = CultureInfo.InvariantCulture;
        if (ManagedCapacity.Recognise(workload.Tags) is { } managed)
        {
            return No($"managed by {managed.Describe()}: its manager launches EC2 instances, Lightsail is not one of its capacity options");
        }

        if (!Ec2Platforms.IsLinuxShared(workload))
        {
            return No($"runs {Ec2Platforms.Describe(workload.Platform, workload.Tenancy)}: only Lightsail's Linux/Unix bundles on shared hardware are priced");
        }

        var regional = bundles.Where(b => b.Region == workload.Region).ToArray();
        if (regional.Length == 0)
        {
            return No($"Lightsail bundle prices are shipped for {string.Join(", ", bundles.Select(b => b.Region).Distinct(StringComparer.Ordinal))} only ({LightsailCatalog.Source.Source}, {LightsailCatalog.Source.AsOf:yyyy-MM-dd}): not offered in {workload.Region}");
        }

        if (settings.InsufficientDataReason(profile) is { } tooLittle)
        {
            return No(tooLittle);
        }

        if (!SteadyShapes.Contains(profile.Shape) || profile.CoveragePercent < MinCoveragePercent)
        {
            return No(string.Create(inv, $"a bundle is one fixed server billed all month: this instance is {ShapeName(profile.Shape)} and ran {profile.CoveragePercent:0.#}% of the window's hours (needs {MinCoveragePercent:0}% and an always-on shape)"));
        }

        if (workload.Vcpu is not { } vcpu || workload.MemoryGib is not { } memory)
        {
            return No("today's size is unknown");
        }

        var need = DemandRequirement.From(profile, settings, vcpu, memory);
        if (!need.CpuMeasured || need.MeanVcpu is not { } mean)
        {
            return No("no CPU metric: a bundle's burstable baseline cannot be judged");
        }

        var bundle = regional
            .Where(b => b.Vcpu >= need.Vcpu && mean <= b.Vcpu * b.BaselineCpuPercent / 100 && b.MemoryGib >= need.MemoryGib)
            .OrderBy(b => b.UsdPerMonth).ThenBy(b => b.Vcpu).ThenBy(b => b.MemoryGib)
            .FirstOrDefault();
        if (bundle is null)
        {
            return No(string.Create(inv, $"no bundle covers {need.Vcpu:0.##} vCPU, {mean:0.##} vCPU sustained under its burstable baseline and {need.MemoryGib:0.##} GiB (the largest is {regional.Max(b => b.Vcpu)} vCPU / {regional.Max(b => b.MemoryGib):0.#} GB)"));
        }

        var target = new OptionTarget(null, "x86_64", bundle.Vcpu, bundle.MemoryGib, null, name, (double)Billing.HoursPerMonth, UnitCount.Fixed(1));
        var sized = string.Create(inv, $"bundle {bundle.BundleName} ({bundle.Vcpu} vCPU, {bundle.MemoryGib:0.#} GB, {bundle.StorageGb} GB SSD, {bundle.TransferTb} TB transfer) at {bundle.UsdPerMonth:0.00} USD a month, us-east-1 list price ({LightsailCatalog.Source.AsOf:yyyy-MM-dd}); sustained {mean:0.##} vCPU under its {bundle.BaselineCpuPercent:0}% baseline per vCPU");
        var currentCovers = need.IsCoveredBy(vcpu, memory);
        var ec2 = alternatives
            .Where(o => o.Family != OptionFamily.Current || currentCovers)
            .Where(o => o.Feasible && o.MonthlyCost is not null && o.Family != OptionFamily.Lightsail && RecommendationSelector.Fits(o, settings))
            .OrderBy(o => o.MonthlyCost).ThenBy(o => o.Option, StringComparer.Ordinal)
            .FirstOrDefault();
        if (ec2 is { MonthlyCost: { } best })
        {
            var margin = settings.MinimumSavingsFor(best);
            if (best - bundle.UsdPerMonth < margin)
            {
                var against = best <= bundle.UsdPerMonth
                    ? string.Create(inv, $"costs {bundle.UsdPerMonth - best:0.00} USD a month more than {ec2.Option} ({best:0.00} USD)")
                    : string.Create(inv, $"saves {best - bundle.UsdPerMonth:0.00} USD a month beyond {ec2.Option} ({best:0.00} USD), under the {margin:0.00} USD minimum");
                return No($"{sized}: {against}; staying off Lightsail keeps Auto Scaling and AWS integration", bundle.UsdPerMonth, target);
            }
        }

        var notes = new List<string> { sized };
        if (fromArm)
        {
            notes.Add("moves from arm64 (Graviton) to x86_64, Lightsail's only architecture: its software must run on x86_64");
        }

        if (need.MemoryNote is { } memoryNote)
        {
            notes.Add(memoryNote);
        }

        if (ec2 is { MonthlyCost: { } cheapest })
        {
            notes.Add(string.Create(inv, $"{cheapest - bundle.UsdPerMonth:0.00} USD a month below {ec2.Option} ({cheapest:0.00} USD)"));
        }

        notes.Add(Limits);
        return OptionResult.Priced(
            $"{name}:{bundle.BundleName}",
            OptionFamily.Lightsail,
            bundle.UsdPerMonth,
            context.CurrentMonthlyCost,
            Risk.Medium,
            effort,
            context.Confidence,
            target,
            string.Join("; ", notes),
            fixesUnderProvisioning: !currentCovers && bundle.UsdPerMonth > context.CurrentMonthlyCost);
    }

    private static string ShapeName(DemandShape shape) => shape switch
    {
        DemandShape.Idle => "idle",
        DemandShape.BusinessHours => "busy in business hours only",
        DemandShape.NightlyBatch => "a nightly batch",
        DemandShape.Unknown => "of unknown shape",
        _ => shape.ToString().ToLowerInvariant(),
    };
}
