namespace Analyzer.Testing.FakeAws;

/// <summary>Sets AWS_* variables for the SDK's default chains and restores the previous values on dispose.</summary>
public sealed class AwsEnvironment : IDisposable
{
    private readonly Dictionary<string, string?> _previous = new(StringComparer.Ordinal);

    private AwsEnvironment(Dictionary<string, string?> values)
    {
        foreach (var (name, value) in values)
        {
            _previous[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public static AwsEnvironment WithKey(FakeAwsCredential key) => new(new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["AWS_ACCESS_KEY_ID"] = key.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = key.SecretAccessKey,
        ["AWS_SESSION_TOKEN"] = key.SessionToken,
        ["AWS_PROFILE"] = null,
        ["AWS_REGION"] = "us-east-1",
    });

    public void Dispose()
    {
        foreach (var (name, value) in _previous)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
