namespace Analyzer.Testing.FakeAws;

/// <summary>A key pair the fake knows, the account it belongs to, and an optional session token.</summary>
/// <param name="Expired">The session has expired: every request with it gets ExpiredToken.</param>
/// <param name="ExpiresAt">When the session ends by <see cref="FakeAwsServer.Time"/>; from then on it gets ExpiredToken.</param>
public sealed record FakeAwsCredential(string AccessKeyId, string SecretAccessKey, string AccountId, string? SessionToken = null, bool Expired = false, DateTimeOffset? ExpiresAt = null)
{
    public static FakeAwsCredential Default { get; } = new("AKIDFAKE0000000000001", "fake-secret-key-0001", "111111111111");
}
