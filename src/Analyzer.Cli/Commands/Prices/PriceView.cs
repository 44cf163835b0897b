using System.Globalization;
using Analyzer.Core.Pricing;

namespace Analyzer.Cli.Commands.Prices;

/// <summary>Formats what the catalog holds for one region as text lines: every dated row, '*' on the one in effect.</summary>
internal sealed class PriceView(PriceCatalog allDates, PriceCatalog inEffect, string region, DateOnly date)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public (IReadOnlyList<string> Text, bool AnyPrice) Ec2(string instanceType)
    {
        var lines = new List<string> { Header($"{instanceType} in {region}") };
        if (inEffect.Spec(instanceType) is { Found: true, Price: var spec })
        {
            lines.Add(string.Create(Invariant, $"  spec: {spec.Vcpu} vCPU, {Money(spec.MemoryGib)} GiB, {spec.Architecture ?? "arch unknown"}{(spec.Burstable ? ", burstable" : "")}"));
        }

        var ec2 = allDates.Ec2Prices.Where(p => Is(p.Region, p.InstanceType, instanceType)).OrderBy(p => p.Capacity, StringComparer.Ordinal).ThenByDescending(p => p.Source.AsOf).ToList();
        lines.AddRange(ec2.Select(p => Row(inEffect.Ec2Prices.Contains(p), p.Capacity, $"{Money(p.UsdPerHour)} USD/h", p.Source)));
        var commitments = allDates.CommitmentRates.Where(r => Is(r.Region, r.InstanceType, instanceType))
            .OrderBy(r => r.Plan, StringComparer.Ordinal).ThenBy(r => r.TermYears).ThenBy(r => r.Payment, StringComparer.Ordinal).ThenByDescending(r => r.Source.AsOf).ToList();
        lines.AddRange(commitments.Select(r => Row(
            inEffect.CommitmentRates.Contains(r),
            $"{r.Plan} {r.TermYears}y {r.Payment} upfront",
            $"{Money(r.EffectiveUsdPerHour)} USD/h{(r.UpfrontUsd is { } fee and > 0 ? $" (fee {Money(fee)} USD)" : "")}",
            r.Source)));

        lines.AddRange(Missing(inEffect.OnDemand(region, instanceType), inEffect.Spot(region, instanceType)));
        lines.AddRange(Missing(
            inEffect.Commitment(region, instanceType, PriceTerms.ComputeSavingsPlan, 1, PriceTerms.NoUpfront),
            inEffect.Commitment(region, instanceType, PriceTerms.Ec2InstanceSavingsPlan, 1, PriceTerms.NoUpfront),
            inEffect.Commitment(region, instanceType, PriceTerms.StandardReserved, 1, PriceTerms.NoUpfront)));
        return (lines, ec2.Count + commitments.Count > 0);
    }

    public (IReadOnlyList<string> Text, bool AnyPrice) Fargate()
    {
        var lines = new List<string> { Header($"Fargate in {region}") };
        var rows = allDates.FargateRates.Where(r => string.Equals(r.Region, region, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Architecture, StringComparer.Ordinal).ThenBy(r => r.Capacity, StringComparer.Ordinal).ThenByDescending(r => r.Source.AsOf).ToList();
        lines.AddRange(rows.Select(r => Row(
            inEffect.FargateRates.Contains(r),
            $"{r.Architecture} {r.Capacity}",
            $"{Money(r.UsdPerVcpuHour)} USD/vCPU-h, {Money(r.UsdPerGbHour)} USD/GB-h, storage {(r.UsdPerStorageGbHour is { } s ? $"{Money(s)} USD/GB-h" : "unknown")}",
            r.Source)));
        lines.AddRange(Missing(
            inEffect.Fargate(region, PriceTerms.X86, PriceTerms.OnDemand),
            inEffect.Fargate(region, PriceTerms.Arm64, PriceTerms.OnDemand),
            inEffect.Fargate(region, PriceTerms.X86, PriceTerms.Spot),
            inEffect.Fargate(region, PriceTerms.Arm64, PriceTerms.Spot)));
        return (lines, rows.Count > 0);
    }

    public (IReadOnlyList<string> Text, bool AnyPrice) Lambda()
    {
        var lines = new List<string> { Header($"Lambda in {region}") };
        var rows = allDates.LambdaRates.Where(r => string.Equals(r.Region, region, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Architecture, StringComparer.Ordinal).ThenByDescending(r => r.Source.AsOf).ThenBy(r => r.TierGbSecondsFrom).ToList();
        lines.AddRange(rows.Select(r => Row(
            inEffect.LambdaRates.Contains(r),
            string.Create(Invariant, $"{r.Architecture} from {r.TierGbSecondsFrom:#,0} GB-s"),
            $"{Money(r.UsdPerGbSecond)} USD/GB-s, {Money(r.UsdPerMillionRequests)} USD/million requests",
            r.Source)));
        lines.AddRange(Missing(inEffect.Lambda(region, PriceTerms.X86), inEffect.Lambda(region, PriceTerms.Arm64)));
        return (lines, rows.Count > 0);
    }

    private string Header(string what) =>
        string.Create(Invariant, $"Prices for {what} known on {date:yyyy-MM-dd} (* = used by analysis on that date)");

    private static string Row(bool inEffect, string kind, string price, PriceSource source) =>
        string.Create(Invariant, $"  {(inEffect ? '*' : ' ')} {kind,-28} {price,-58} as of {source.AsOf:yyyy-MM-dd}  {source.Source}");

    private static IEnumerable<string> Missing<T>(params PriceLookup<T>[] lookups)
        where T : class => lookups.Where(l => !l.Found).Select(l => $"  missing: {l.Message}");

    private bool Is(string rowRegion, string rowType, string instanceType) =>
        string.Equals(rowRegion, region, StringComparison.OrdinalIgnoreCase) && string.Equals(rowType, instanceType, StringComparison.OrdinalIgnoreCase);

    private static string Money(decimal value) => value.ToString("0.##########", Invariant);
}
