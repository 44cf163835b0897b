using Amazon.Runtime;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// How to reach AWS. Everything left null falls back to the SDK's own resolution: the default credential chain
/// (environment, profiles, SSO, web identity, container credentials, instance profile) and region chain.
/// </summary>
public sealed record AwsClientOptions
{
    /// <summary>Explicit credentials, e.g. an assumed role; null uses the SDK's default chain.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>Region system name ("eu-west-1"); null uses the SDK's region chain.</summary>
    public string? Region { get; init; }

    /// <summary>--endpoint-url: overrides every service's endpoint (a local fake, a VPC endpoint).</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Retries after the first attempt for throttling and transient errors (timeouts too), in the SDK's standard mode.</summary>
    public int MaxRetries { get; init; } = AwsDeadlines.MaxRetries();

    /// <summary>How long one attempt may wait for an answer (<see cref="AwsDeadlines"/>).</summary>
    public TimeSpan Timeout { get; init; } = AwsDeadlines.Timeout();

    /// <summary>The clock role sessions are judged expired by; null uses the SDK's own (skew-corrected) clock.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Counts calls per operation; share one across a run to report paid requests and metrics.</summary>
    public AwsCallCounter Counter { get; init; } = new();
}
