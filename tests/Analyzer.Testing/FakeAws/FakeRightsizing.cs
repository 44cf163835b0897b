namespace Analyzer.Testing.FakeAws;

/// <summary>One EC2 rightsizing recommendation the fake returns; <paramref name="TargetType"/> null for TERMINATE.</summary>
public sealed record FakeRightsizing(
    string AccountId,
    string InstanceId,
    string CurrentType,
    string Region,
    decimal MonthlyCost,
    string? TargetType,
    decimal TargetCost,
    decimal Savings,
    decimal MaxCpu);
