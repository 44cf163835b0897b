namespace Analyzer.Core.Options;

/// <summary>How much work an option takes to adopt, lowest first (Compute Optimizer's migrationEffort scale).</summary>
public enum Effort
{
    VeryLow,
    Low,
    Medium,
    High,
}
