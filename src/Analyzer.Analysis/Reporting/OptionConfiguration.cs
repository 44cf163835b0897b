using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Workloads;

namespace Analyzer.Analysis.Reporting;

/// <summary>
/// The configuration strings the report shows: how a workload runs today and what an option would run, always in
/// whole units ("2-7 x c6g.large (avg 3.4)"); only an average is ever fractional, and it is labelled so.
/// </summary>
internal static class OptionConfiguration
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>E.g. "1 x m5.2xlarge on-demand", "ECS fargate, 2-5 x 1 vCPU / 2 GB (avg 3.1)", "Lambda 1024 MB x86_64".</summary>
    public static string Current(WorkloadKind kind, string? instanceType, double? vcpu, double? memoryGib, string? architecture,
        string? purchaseOption, string? launchType, UnitCount units, int? lambdaMemoryMb) => kind switch
    {
        WorkloadKind.LambdaFunction => string.Create(Inv, $"Lambda {lambdaMemoryMb ?? 0} MB {architecture ?? "x86_64"}"),
        WorkloadKind.EksFargatePod when vcpu is { } podVcpu && memoryGib is { } podGib && Core.Rules.EksFargatePods.Provisioned(podVcpu, podGib) is { } billed =>
            string.Create(Inv, $"EKS Fargate, {units.Times($"{Size((double)billed.Vcpu)} vCPU / {Size((double)billed.MemoryGb)} GB")} (pods request {Size(vcpu)} vCPU / {Size(memoryGib)} GB)"),
        WorkloadKind.EcsService when instanceType is null =>
            string.Create(Inv, $"ECS {launchType ?? "fargate"}, {units.Times($"{Size(vcpu)} vCPU / {Size(memoryGib)} GB")}"),
        _ => string.Create(Inv, $"{units.Times(instanceType ?? "unknown")} {purchaseOption ?? "on-demand"}"),
    };

    /// <summary>E.g. "2 x m7g.large on-demand", "Fargate 0-11 x 1 vCPU / 2 GB (avg 7.2) spot, 41 h a month", "Stopped".</summary>
    public static string Option(OptionFamily family, string current, string? instanceType, string? architecture, double? vcpu,
        double? memoryGib, int? lambdaMemoryMb, string? capacity, UnitCount? units, double? monthlyHours)
    {
        if (family == OptionFamily.Current)
        {
            return current;
        }

        if (family == OptionFamily.Stop)
        {
            return "Stopped";
        }

        var hours = monthlyHours is { } h && h < 729.5 ? string.Create(Inv, $", {h:0} h a month") : string.Empty;
        if (family == OptionFamily.Schedule)
        {
            return $"{current}{hours}";
        }

        if (family is OptionFamily.Lambda or OptionFamily.LambdaRightsized || lambdaMemoryMb is not null)
        {
            return string.Create(Inv, $"Lambda {lambdaMemoryMb ?? 0} MB {architecture ?? "x86_64"}");
        }

        var count = units ?? UnitCount.Fixed(1);
        if (family is OptionFamily.Fargate or OptionFamily.FargateSpot)
        {
            return string.Create(Inv, $"Fargate {count.Times($"{Size(vcpu)} vCPU / {Size(memoryGib)} GB")}{(capacity is "spot" ? " spot" : string.Empty)}{hours}");
        }

        if (family == OptionFamily.Lightsail)
        {
            return string.Create(Inv, $"Lightsail {Bundle(vcpu, memoryGib)} ({Size(vcpu)} vCPU / {Size(memoryGib)} GB)");
        }

        if (instanceType is not null)
        {
            return string.Create(Inv, $"{count.Times(instanceType)} {capacity ?? "on-demand"}{hours}");
        }

        // A commitment on a Fargate or Lambda size, or a target we have no words for: name its capacity.
        return capacity is null ? current : $"{current} with {capacity}";
    }

    /// <summary>Whole units from the store's columns; a row without them (an older run) counts as one unit.</summary>
    public static UnitCount Units(int? min, int? max, double? average) =>
        min is { } lo && max is { } hi ? new UnitCount(lo, hi, average ?? hi) : UnitCount.Fixed(1);

    // The shipped bundles differ in vCPU and memory, so the target's size names its bundle.
    private static string Bundle(double? vcpu, double? memoryGib) =>
        Core.Lightsail.LightsailCatalog.Bundles.FirstOrDefault(b => b.Vcpu == vcpu && b.MemoryGib == memoryGib)?.BundleName ?? "bundle";

    private static string Size(double? value) => (value ?? 0).ToString("0.##", Inv);
}
