namespace Analyzer.Core.Reporting;

/// <summary>
/// The categories savings are reported by in the executive summary; each <see cref="Options.OptionFamily"/> belongs
/// to one (see <see cref="SavingsCategoryNames.Category"/>). <see cref="None"/> is the workload as it runs today.
/// </summary>
public enum SavingsCategory
{
    None,
    Rightsizing,
    Scheduling,
    Graviton,
    Spot,
    Fargate,
    Lambda,
    Lightsail,
    Commitments,
}
