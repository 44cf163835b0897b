namespace Analyzer.Testing.FakeAws;

/// <summary>One purchase detail the fake returns for a (type, term, payment) combination.</summary>
public sealed record FakePurchaseDetail(
    string AccountId,
    string SavingsPlansType,
    string TermInYears,
    string PaymentOption,
    decimal HourlyCommitment,
    decimal MonthlySavings,
    decimal AverageUtilization,
    decimal AverageHourlyOnDemand);
