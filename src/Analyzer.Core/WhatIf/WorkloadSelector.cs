using Analyzer.Core.Workloads;

namespace Analyzer.Core.WhatIf;

/// <summary>
/// Which workloads a scenario change applies to: every criterion given must hold (an empty list or null is no
/// criterion), so an empty selector selects the whole fleet. Applied in memory on the typed workloads.
/// </summary>
public sealed record WorkloadSelector
{
    public static WorkloadSelector All { get; } = new();

    public IReadOnlyList<string> Accounts { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<WorkloadKind> Kinds { get; init; } = [];

    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>A glob over the workload's name (<c>web-*</c>).</summary>
    public GlobPattern? Name { get; init; }

    public TagExpression? Tags { get; init; }

    public bool IsAll => Accounts.Count == 0 && Regions.Count == 0 && Kinds.Count == 0 && Ids.Count == 0 && Name is null && Tags is null;

    public bool Matches(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return (Accounts.Count == 0 || Accounts.Contains(workload.AccountId, StringComparer.Ordinal))
            && (Regions.Count == 0 || Regions.Contains(workload.Region, StringComparer.Ordinal))
            && (Kinds.Count == 0 || Kinds.Contains(workload.Kind))
            && (Ids.Count == 0 || Ids.Contains(workload.WorkloadId, StringComparer.Ordinal))
            && (Name is null || Name.Matches(workload.Name))
            && (Tags is null || Tags.Matches(workload.Tags));
    }

    /// <summary>The selector in words, for the printed result.</summary>
    public override string ToString()
    {
        if (IsAll)
        {
            return "all workloads";
        }

        var parts = new List<string>();
        if (Accounts.Count > 0)
        {
            parts.Add($"account in ({string.Join(", ", Accounts)})");
        }

        if (Regions.Count > 0)
        {
            parts.Add($"region in ({string.Join(", ", Regions)})");
        }

        if (Kinds.Count > 0)
        {
            parts.Add($"kind in ({string.Join(", ", Kinds.Select(k => k.ToName()))})");
        }

        if (Ids.Count > 0)
        {
            parts.Add($"id in ({string.Join(", ", Ids)})");
        }

        if (Name is not null)
        {
            parts.Add($"name like {Name}");
        }

        if (Tags is not null)
        {
            parts.Add($"tags {Tags}");
        }

        return string.Join(" and ", parts);
    }
}
