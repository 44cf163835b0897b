namespace Analyzer.Core.ComputeOptimizer;

/// <summary>How our recommendation compares with Compute Optimizer's for one workload.</summary>
public enum ComputeOptimizerAgreement
{
    /// <summary>Compute Optimizer has no recommendation for the workload.</summary>
    None,

    /// <summary>The same target: the same instance type, or both keep the current one.</summary>
    Same,

    /// <summary>Both shrink or both grow, to different targets.</summary>
    SameDirection,

    /// <summary>One shrinks, grows or moves where the other does not.</summary>
    DifferentDirection,
}
