using Analyzer.Core.Profiles;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// A workload tolerates interruption when it is an Auto Scaling group (members are replaceable), when its
/// demand has a batch shape (steps can be retried), or when it carries a tag the user named.
/// Everything else is treated as intolerant: Spot is never offered to it.
/// </summary>
public static class InterruptionToleranceRule
{
    public static InterruptionTolerance Assess(Workload workload, DemandProfile profile, IReadOnlyList<string> toleranceTags)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(toleranceTags);
        foreach (var tag in toleranceTags)
        {
            if (HasTag(workload.Tags, tag))
            {
                return new InterruptionTolerance(true, $"tagged {tag}");
            }
        }

        if (workload.Kind == WorkloadKind.AutoScalingGroup)
        {
            return new InterruptionTolerance(true, "Auto Scaling group members are replaceable");
        }

        if (profile.Shape.IsBatch())
        {
            return new InterruptionTolerance(true, $"{profile.Shape.ToName()} demand can be retried");
        }

        return new InterruptionTolerance(
            false,
            $"not interruption-tolerant: an {workload.Kind.ToName()} with {profile.Shape.ToName()} demand, not in an Auto Scaling group and without a tolerance tag ({string.Join(", ", toleranceTags)})");
    }

    private static bool HasTag(IReadOnlyDictionary<string, string> tags, string spec) => TagMatch.Has(tags, spec);
}
