namespace Analyzer.Core.Reporting;

/// <summary>
/// The families savings are reported by in the executive summary. <see cref="None"/> is the workload as it runs today.
/// </summary>
public enum OptionFamily
{
    None,
    Rightsizing,
    Graviton,
    Spot,
    Fargate,
    Lambda,
    Commitments,
}
