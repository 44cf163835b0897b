namespace Analyzer.Collectors.Aws;

/// <summary>An account to collect from: the role to assume there (null: the ambient credentials' own account).</summary>
public sealed record AwsAccountTarget(string AccountId, string Name, string? RoleArn = null, string? ExternalId = null);
