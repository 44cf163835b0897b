using Analyzer.Core.Options;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.WhatIf;

/// <summary>
/// A what-if: fleet-wide settings, changes for selected workloads, scaled prices and commitments added to those held,
/// all applied on top of a baseline run's own settings and window (docs/whatif.md describes the file).
/// </summary>
/// <param name="Name">What the result is called (the file's name, or "flags").</param>
/// <param name="Settings">Settings keys for the whole fleet (a run's scope cannot change).</param>
public sealed record Scenario(
    string Name,
    AnalysisSettingsPatch Settings,
    IReadOnlyList<ScenarioChange> Changes,
    PriceScale Prices,
    IReadOnlyList<AddedCommitment> AddedCommitments)
{
    /// <summary>What the scenario is about (the file's "description"); null when it has none.</summary>
    public string? Description { get; init; }

    public static Scenario Empty(string name) => new(name, AnalysisSettingsPatch.Empty, [], PriceScale.None, []);

    /// <summary>The changes that select <paramref name="workload"/>, in order.</summary>
    public IEnumerable<ScenarioChange> ChangesFor(Workload workload) => Changes.Where(c => c.Select.Matches(workload));

    /// <summary>Whether any change selects <paramref name="workload"/>.</summary>
    public bool Selects(Workload workload) => Changes.Any(c => c.Select.Matches(workload));

    /// <summary>The settings <paramref name="workload"/> is evaluated with: the fleet's, then every change that selects it.</summary>
    public AnalysisSettings SettingsFor(Workload workload, AnalysisSettings fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var settings = fleet;
        foreach (var change in ChangesFor(workload))
        {
            settings = change.Apply(settings);
        }

        return settings;
    }

    /// <summary>The families <paramref name="workload"/> is forced to (the last change that forces any wins).</summary>
    public IReadOnlySet<OptionFamily> ForcedFor(Workload workload) =>
        ChangesFor(workload).LastOrDefault(c => c.Force.Count > 0)?.Force ?? new HashSet<OptionFamily>();

    /// <summary>The region <paramref name="workload"/> moves to (the last change that moves it wins); null when none moves it.</summary>
    public string? RegionFor(Workload workload) =>
        ChangesFor(workload).LastOrDefault(c => c.MoveToRegion is not null)?.MoveToRegion;

    /// <summary>The product of the demand scales of every change that selects <paramref name="workload"/>.</summary>
    public double DemandScaleFor(Workload workload) =>
        ChangesFor(workload).Aggregate(1.0, (scale, c) => scale * (c.DemandScale ?? 1.0));
}
