namespace Analyzer.Testing.FakeAws;

public sealed record FakeEc2Instance(
    string InstanceId,
    string InstanceType,
    string State,
    string OwnerId,
    IReadOnlyDictionary<string, string> Tags,
    string Architecture = "x86_64",
    string? Lifecycle = null,
    string? Platform = null);
