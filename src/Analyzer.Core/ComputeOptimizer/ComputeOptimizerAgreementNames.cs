namespace Analyzer.Core.ComputeOptimizer;

/// <summary>The kebab-case names the store and the exports use for <see cref="ComputeOptimizerAgreement"/>.</summary>
public static class ComputeOptimizerAgreementNames
{
    public static string ToName(this ComputeOptimizerAgreement agreement) => agreement switch
    {
        ComputeOptimizerAgreement.None => "none",
        ComputeOptimizerAgreement.Same => "same",
        ComputeOptimizerAgreement.SameDirection => "same-direction",
        ComputeOptimizerAgreement.DifferentDirection => "different-direction",
        _ => throw new ArgumentOutOfRangeException(nameof(agreement), agreement, "Unknown agreement."),
    };

    public static ComputeOptimizerAgreement Parse(string name) => name switch
    {
        "none" => ComputeOptimizerAgreement.None,
        "same" => ComputeOptimizerAgreement.Same,
        "same-direction" => ComputeOptimizerAgreement.SameDirection,
        "different-direction" => ComputeOptimizerAgreement.DifferentDirection,
        _ => throw new ArgumentException($"Unknown Compute Optimizer agreement '{name}'.", nameof(name)),
    };
}
