using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Workloads;

namespace Analyzer.Analysis.Reporting;

/// <summary>The configuration strings the report shows: how a workload runs today and what an option would run.</summary>
internal static class OptionConfiguration
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>E.g. "m5.2xlarge x1 on-demand", "ECS fargate, 3 tasks of 1 vCPU / 2 GB", "Lambda 1024 MB x86_64".</summary>
    public static string Current(WorkloadKind kind, string? instanceType, double? vcpu, double? memoryGib, string? architecture,
        string? purchaseOption, string? launchType, double units, int? lambdaMemoryMb) => kind switch
    {
        WorkloadKind.LambdaFunction => string.Create(Inv, $"Lambda {lambdaMemoryMb ?? 0} MB {architecture ?? "x86_64"}"),
        WorkloadKind.EcsService when instanceType is null =>
            string.Create(Inv, $"ECS {launchType ?? "fargate"}, {Count(units)} tasks of {Size(vcpu)} vCPU / {Size(memoryGib)} GB"),
        _ => string.Create(Inv, $"{instanceType ?? "unknown"} x{Count(units)} {purchaseOption ?? "on-demand"}"),
    };

    /// <summary>E.g. "m7g.large x2 on-demand", "Fargate 1 vCPU / 2 GB x3 (spot)", "Lambda 512 MB arm64", "Stopped".</summary>
    public static string Option(OptionFamily family, string current, string? instanceType, string? architecture, double? vcpu,
        double? memoryGib, int? lambdaMemoryMb, string? capacity, double? units)
    {
        if (family == OptionFamily.Current)
        {
            return current;
        }

        if (family == OptionFamily.Stop)
        {
            return "Stopped";
        }

        if (family is OptionFamily.Lambda or OptionFamily.LambdaRightsized || lambdaMemoryMb is not null)
        {
            return string.Create(Inv, $"Lambda {lambdaMemoryMb ?? 0} MB {architecture ?? "x86_64"}");
        }

        if (family is OptionFamily.Fargate or OptionFamily.FargateSpot)
        {
            return string.Create(Inv, $"Fargate {Size(vcpu)} vCPU / {Size(memoryGib)} GB x{Count(units ?? 1)}{(capacity is "spot" ? " spot" : string.Empty)}");
        }

        if (instanceType is not null)
        {
            return string.Create(Inv, $"{instanceType} x{Count(units ?? 1)} {capacity ?? "on-demand"}");
        }

        // A commitment on a Fargate or Lambda size, or a target we have no words for: name its capacity.
        return capacity is null ? current : $"{current} with {capacity}";
    }

    private static string Size(double? value) => (value ?? 0).ToString("0.##", Inv);

    private static string Count(double units) => units.ToString("0.#", Inv);
}
