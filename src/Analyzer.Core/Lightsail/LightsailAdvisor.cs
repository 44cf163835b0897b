using System.Globalization;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Lightsail;

/// <summary>
/// Offers Lightsail for small steady Linux servers: a standalone, non-managed instance that ran (nearly) every hour,
/// always on (not idle, business-hours or nightly, which stopping or a schedule serves better), when a bundle covers its CPU peak with headroom, keeps its sustained CPU under the bundle's
/// burstable baseline, and holds its memory (its peak with headroom, or today's size without a memory metric). The
/// cheapest such bundle is offered when it costs at least $1 and 1% a month less than the engine's recommended EC2
/// option (today's cost when the instance is kept as is), so it is never offered where rightsizing does as well. A finding apart from the engine's
/// options: Lightsail gives up Auto Scaling, most AWS integration and free sizing, which the advice states.
/// </summary>
public static class LightsailAdvisor
{
    /// <summary>Largest instance considered small: the largest bundle's size.</summary>
    public const double MaxVcpu = 16;

    public const double MaxMemoryGib = 64;

    /// <summary>Steady means running at least this share of the window, with one of <see cref="SteadyShapes"/>.</summary>
    public const double MinCoveragePercent = 95;

    /// <summary>Always-on demand shapes: flat, or varying within the hour (the burst baseline judges the CPU).</summary>
    public static readonly IReadOnlyList<string> SteadyShapes = ["flat", "spiky", "variable"];

    /// <param name="headroom">Added to the CPU peak (the analysis's cpuHeadroomPercent, 20% by default), e.g. 0.2.</param>
    /// <param name="memoryHeadroom">Added to the memory peak (memoryHeadroomPercent), e.g. 0.2.</param>
    public static IReadOnlyList<LightsailFinding> Advise(IReadOnlyList<LightsailCandidate> candidates, IReadOnlyList<LightsailBundle> bundles, double headroom, double memoryHeadroom)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(bundles);
        var findings = new List<LightsailFinding>();
        foreach (var c in candidates)
        {
            if (!SteadyShapes.Contains(c.Shape) || c.CoveragePercent < MinCoveragePercent || c.Vcpu > MaxVcpu || c.MemoryGib > MaxMemoryGib
                || ManagedCapacity.Recognise(c.Tags) is not null)
            {
                continue;
            }

            var memoryNeed = c.MemoryMaxGib is { } peak ? peak * (1 + memoryHeadroom) : c.MemoryGib;
            var bundle = bundles
                .Where(b => b.Region == c.Region && b.Vcpu >= c.CpuP99Vcpu * (1 + headroom) && c.CpuMeanVcpu <= b.Vcpu * b.BaselineCpuPercent / 100 && b.MemoryGib >= memoryNeed)
                .OrderBy(b => b.UsdPerMonth).ThenBy(b => b.Vcpu)
                .FirstOrDefault();
            if (bundle is null)
            {
                continue;
            }

            var savings = c.RecommendedMonthlyCost - bundle.UsdPerMonth;
            if (savings < 1m || savings < c.RecommendedMonthlyCost * 0.01m)
            {
                continue;
            }

            findings.Add(new LightsailFinding(c, bundle, savings, Advice(c, bundle, savings)));
        }

        return [.. findings.OrderByDescending(f => f.MonthlySavingsUsd).ThenBy(f => f.Candidate.WorkloadId, StringComparer.Ordinal)];
    }

    private static string Advice(LightsailCandidate c, LightsailBundle b, decimal savings) => string.Create(CultureInfo.InvariantCulture,
        $"Consider the Lightsail {b.BundleName} bundle ({b.Vcpu} vCPU, {b.MemoryGib:0.#} GB, {b.StorageGb} GB SSD, {b.TransferTb} TB transfer) at {b.UsdPerMonth:0.00} USD a month instead of {c.InstanceType} ({c.CurrentMonthlyCost:0.00} today, {c.RecommendedMonthlyCost:0.00} as recommended on EC2): saves {savings:0.00} a month beyond the EC2 recommendation. Its CPU is burstable: a sustained {b.BaselineCpuPercent:0}% per vCPU ({c.CpuMeanVcpu:0.##} vCPU used on average). Limits: no Auto Scaling (one fixed server), only these bundle sizes, and limited AWS integration (Lightsail's own VPC, peered to the default VPC only; no IAM instance profile, security groups or EBS volumes of EC2); moving is a migration (export a snapshot, or rebuild), not a resize.");
}
