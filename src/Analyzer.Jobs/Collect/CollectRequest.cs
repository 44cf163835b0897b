namespace Analyzer.Jobs.Collect;

/// <summary>What one collection was asked for: the configuration file and the command-line values that override it.</summary>
public sealed record CollectRequest(
    CollectConfig File,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Roles,
    Uri? EndpointUrl,
    int? LookbackDays,
    int? OrganizationMonths);
