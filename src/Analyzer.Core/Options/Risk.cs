namespace Analyzer.Core.Options;

/// <summary>How likely an option is to hurt the workload (performance, interruption, lock-in), lowest first.</summary>
public enum Risk
{
    VeryLow,
    Low,
    Medium,
    High,
}
