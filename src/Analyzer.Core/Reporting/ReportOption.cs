using Analyzer.Core.Options;

namespace Analyzer.Core.Reporting;

/// <summary>
/// One priced option for one workload, as the report shows it. Savings are not stored: they are the workload's
/// current cost minus <see cref="MonthlyCost"/> (see <see cref="WorkloadReport.SavingsOf"/>), so every format
/// derives the same number.
/// </summary>
/// <param name="Family">The engine's option family (<see cref="OptionFamilyNames"/> in exports).</param>
/// <param name="Configuration">What the workload would run as, e.g. "m7g.large x3" or "Fargate 0.5 vCPU / 1 GB x4".</param>
/// <param name="MonthlyCost">Cost per month (730 hours) in USD under this option; rounded to cents by the factory.</param>
/// <param name="Recommended">True for the one option the engine recommends for the workload (at most one).</param>
/// <param name="Feasible">False when the option cannot run the workload; <paramref name="Rationale"/> says why.</param>
/// <param name="Rationale">Why the option is (or is not) recommended, in one or two sentences.</param>
public sealed record ReportOption(
    OptionFamily Family,
    string Configuration,
    decimal MonthlyCost,
    Effort Effort,
    Risk Risk,
    Confidence Confidence,
    bool Recommended,
    bool Feasible,
    string Rationale)
{
    /// <summary>
    /// The savings category the option reports under: its family's, except where the workload already runs that way
    /// (a Fargate service resized on Fargate is rightsizing, not a move to Fargate); set by <see cref="ReportModelFactory"/>.
    /// </summary>
    public SavingsCategory Category { get; init; } = Family.Category();

    /// <summary>What people read for the option, e.g. "Reserved Instance: standard, 3-year, all upfront, t4g.xlarge" (see <see cref="OptionKeyLabels"/>).</summary>
    public string Label { get; init; } = Family.ToLabel();
}
