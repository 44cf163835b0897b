using Analyzer.Core.Options;

namespace Analyzer.Core.Rules;

/// <summary>Every option priced for one workload and the recommendation drawn from them.</summary>
public sealed record WorkloadEvaluation(string WorkloadId, IReadOnlyList<OptionResult> Options, Recommendation Recommendation)
{
    /// <summary>What the bill says the workload costs a month, beside the modeled current cost; null without cost lines.</summary>
    public decimal? BilledMonthlyCost { get; init; }
}
