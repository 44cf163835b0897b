namespace Analyzer.Testing.FakeAws;

public sealed record FakeResourceCostRow(DateOnly Date, string AccountId, string ResourceId, string Service, decimal Unblended, decimal Amortized, decimal Quantity);
