namespace Analyzer.Core.Settings;

/// <summary>How much risk and effort a recommendation may carry.</summary>
public enum RiskAppetite
{
    /// <summary>Risk and effort at most Low.</summary>
    Conservative,

    /// <summary>Risk and effort at most Medium.</summary>
    Balanced,

    /// <summary>Anything feasible.</summary>
    Aggressive,
}
