namespace Analyzer.Testing.FakeAws;

/// <param name="CapacityProviders">Capacity provider and weight pairs; when set, launchType is left out as AWS does.</param>
public sealed record FakeEcsService(
    string Cluster,
    string Name,
    string TaskDefinition,
    int DesiredCount = 1,
    string? LaunchType = "FARGATE",
    IReadOnlyList<(string Provider, int Weight)>? CapacityProviders = null);
