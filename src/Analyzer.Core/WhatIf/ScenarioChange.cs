using Analyzer.Core.Options;
using Analyzer.Core.Settings;

namespace Analyzer.Core.WhatIf;

/// <summary>
/// One change a scenario makes to the workloads a selector picks: settings for them (policy, allowed options), options
/// forbidden or forced, and their demand scaled. A workload several changes select gets them all, in order.
/// </summary>
/// <param name="Settings">Settings keys for the selection (lookbackDays and other fleet-wide keys are refused by the reader).</param>
/// <param name="Forbid">Option families the selection may not use.</param>
/// <param name="Force">Option families the selection must move to where one is feasible (the cheapest feasible one), whatever it saves.</param>
/// <param name="DemandScale">Scales the selection's CPU demand and invocations (2: traffic doubles); null leaves it.</param>
public sealed record ScenarioChange(
    WorkloadSelector Select,
    AnalysisSettingsPatch Settings,
    IReadOnlySet<OptionFamily> Forbid,
    IReadOnlySet<OptionFamily> Force,
    double? DemandScale)
{
    /// <summary>
    /// The region the selection moves to (a name such as "eu-west-1"): every option, today's setup included, is priced
    /// from that region's catalog; null leaves the workloads where they are.
    /// </summary>
    public string? MoveToRegion { get; init; }

    /// <summary>The settings a selected workload is evaluated with: the patch, then the forbidden families out and the forced ones in.</summary>
    public AnalysisSettings Apply(AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var changed = Settings.Apply(settings);
        if (Forbid.Count == 0 && Force.Count == 0)
        {
            return changed;
        }

        var allowed = changed.AllowedOptions.Where(f => !Forbid.Contains(f)).Concat(Force).Append(OptionFamily.Current).ToHashSet();
        return changed with { AllowedOptions = allowed };
    }
}
