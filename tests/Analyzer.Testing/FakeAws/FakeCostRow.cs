namespace Analyzer.Testing.FakeAws;

public sealed record FakeCostRow(DateOnly Date, string AccountId, string Service, string UsageType, decimal Unblended, decimal Amortized, decimal Quantity);
