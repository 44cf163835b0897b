namespace Analyzer.Jobs.Collect;

/// <summary>One account of the collection configuration.</summary>
/// <param name="Id">The 12-digit account id; taken from the role ARN when left out.</param>
/// <param name="RoleArn">The role to assume there; null collects with the ambient credentials.</param>
/// <param name="ExternalId">The external id the role's trust policy asks for, if any.</param>
public sealed record CollectConfigAccount(string? Id, string? Name, string? RoleArn, string? ExternalId);
