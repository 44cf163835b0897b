namespace Analyzer.Cli.Commands;

/// <summary>What one collection was asked for: the configuration file and the command-line values that override it.</summary>
internal sealed record CollectRequest(
    CollectConfig File,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Roles,
    Uri? EndpointUrl,
    int? LookbackDays,
    int? OrganizationMonths);
