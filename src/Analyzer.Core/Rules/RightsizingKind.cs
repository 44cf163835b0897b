using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Rules;

/// <summary>
/// Which EC2 rightsizing option an evaluation prices, shared by the per-unit and the fleet rightsizers: Graviton
/// when it moves an x86 workload to arm64 (more effort: a rebuild for another architecture), else plain rightsizing.
/// </summary>
internal sealed record RightsizingKind(OptionFamily Family, Effort Effort)
{
    public string Prefix => Family.ToName();

    public static RightsizingKind For(InstanceSpec current, string architecture) =>
        architecture == "arm64" && current.Architecture != "arm64"
            ? new RightsizingKind(OptionFamily.Graviton, Effort.Medium)
            : new RightsizingKind(OptionFamily.Ec2Rightsized, Effort.Low);

    /// <summary>Why nothing can be sized (too little data), or null when the evaluation can go on.</summary>
    public OptionResult? TooLittleData(WorkloadContext context, AnalysisSettings settings) =>
        settings.InsufficientDataReason(context.Profile) is { } reason
            ? OptionResult.Infeasible(Prefix, Family, reason, Risk.Medium, Effort, Confidence.Low)
            : null;

    public OptionResult NoCpuMetric() =>
        OptionResult.Infeasible(Prefix, Family, "no CPU metric: cannot size", Risk.Medium, Effort, Confidence.Low);
}
