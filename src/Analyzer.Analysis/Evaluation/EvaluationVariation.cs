using Analyzer.Core.Pricing;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Analysis.Evaluation;

/// <summary>
/// What a what-if changes in the engine's inputs, each applied where the engine reads it: the settings one workload is
/// evaluated with, its demand profile, the price catalog, its evaluation after pricing (a forced option), and
/// commitments added to those held. <see cref="None"/> is the analysis itself.
/// </summary>
public sealed record EvaluationVariation
{
    public static EvaluationVariation None { get; } = new();

    /// <summary>The settings a workload is evaluated with, given the fleet's; null keeps the fleet's.</summary>
    public Func<Workload, AnalysisSettings, AnalysisSettings>? SettingsFor { get; init; }

    /// <summary>A workload's demand profile as the scenario sees it; null keeps the measured one.</summary>
    public Func<Workload, DemandProfile, DemandProfile>? ProfileFor { get; init; }

    /// <summary>The price catalog's rows as the scenario sees them; null keeps the catalog.</summary>
    public Func<PriceCatalogRows, PriceCatalogRows>? Prices { get; init; }

    /// <summary>A workload's evaluation after pricing (a forced option); null keeps the engine's choice.</summary>
    public Func<Workload, WorkloadEvaluation, WorkloadEvaluation>? Choose { get; init; }

    /// <summary>
    /// The region a workload is priced in (a move): every option, today's setup included, is priced from that region's
    /// catalog, and its bill (the old region's) is not used. Null, or the workload's own region, keeps it.
    /// </summary>
    public Func<Workload, string?>? RegionFor { get; init; }

    /// <summary>
    /// Size only the recommended fleet's commitment (a what-if): no series of today's fleet, buy-now split, usage-drop
    /// risks or renewal, none of which a what-if prints; the best commitment and its shares are the same.
    /// </summary>
    public bool RecommendedCommitmentOnly { get; init; }

    /// <summary>Savings Plans assumed bought on top of those held (they are applied before the optimizer sizes more).</summary>
    public IReadOnlyList<HeldPlan> AddedPlans { get; init; } = [];
}
