namespace Analyzer.Core.Workloads;

/// <summary>An AWS account in scope.</summary>
public sealed record Account(string AccountId, string Name);
