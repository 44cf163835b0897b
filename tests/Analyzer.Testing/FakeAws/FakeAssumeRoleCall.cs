namespace Analyzer.Testing.FakeAws;

/// <summary>One AssumeRole request: the key that signed it and what it asked for.</summary>
public sealed record FakeAssumeRoleCall(string CallerAccessKeyId, string RoleArn, string RoleSessionName, string? ExternalId);
