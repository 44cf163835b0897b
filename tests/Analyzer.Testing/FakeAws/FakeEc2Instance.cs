namespace Analyzer.Testing.FakeAws;

public sealed record FakeEc2Instance(
    string InstanceId,
    string InstanceType,
    string State,
    string OwnerId,
    IReadOnlyDictionary<string, string> Tags,
    string Architecture = "x86_64",
    string? Lifecycle = null,
    string? Platform = null)
{
    /// <summary>platformDetails, e.g. "Windows" or "Red Hat Enterprise Linux"; omitted from the answer when null.</summary>
    public string? PlatformDetails { get; init; }

    /// <summary>placement/tenancy: "default", "dedicated" or "host".</summary>
    public string Tenancy { get; init; } = "default";
}
