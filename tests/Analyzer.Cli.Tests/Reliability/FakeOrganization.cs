using Analyzer.Testing.FakeAws;

namespace Analyzer.Cli.Tests.Reliability;

/// <summary>
/// The small account of <see cref="FakeAwsFleet"/> (2 instances, an Auto Scaling group of 3, two days of cost) reached
/// with <see cref="Key"/>, and the environment a child `analyzer` needs to reach it.
/// </summary>
internal sealed class FakeOrganization : IDisposable
{
    public const string Account = FakeAwsFleet.Account;

    private readonly FakeAwsFleet fleet = new(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));

    public FakeOrganization(FakeAwsCredential? key = null)
    {
        Key = key ?? FakeAwsCredential.Default;
        Server.AddCredential(Key);
    }

    public FakeAwsServer Server => fleet.Server;

    public FakeAwsCredential Key { get; }

    /// <summary>AWS_* for the SDK's default chains, pointing at nothing but the fake, and the AWS deadline per attempt.</summary>
    public static Dictionary<string, string?> Environment(FakeAwsCredential key, int timeoutSeconds = 20) => new(StringComparer.Ordinal)
    {
        ["AWS_ACCESS_KEY_ID"] = key.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = key.SecretAccessKey,
        ["AWS_SESSION_TOKEN"] = key.SessionToken,
        ["AWS_PROFILE"] = null,
        ["AWS_REGION"] = "us-east-1",
        ["AWS_CONFIG_FILE"] = "/nonexistent/aws-config",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["ANALYZER_AWS_TIMEOUT_SECONDS"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ANALYZER_AWS_MAX_RETRIES"] = "1",
    };

    /// <summary>`collect` arguments for this organisation into <paramref name="store"/>.</summary>
    public string[] Collect(string store) =>
        ["collect", "--store", store, "--endpoint-url", Server.Endpoint.ToString(), "--region", "us-east-1", "--lookback-days", "2"];

    public void Dispose() => fleet.Dispose();
}
