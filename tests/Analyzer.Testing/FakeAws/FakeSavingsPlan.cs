namespace Analyzer.Testing.FakeAws;

/// <summary>A Savings Plan the fake Cost Explorer reports, in AWS's attribute words ("ComputeSavingsPlans", "No Upfront").</summary>
/// <param name="Utilization">Share of the commitment used each day, 0..1.</param>
public sealed record FakeSavingsPlan(
    string Arn,
    string AccountId,
    string Type,
    string Term,
    string PaymentOption,
    decimal HourlyCommitment,
    decimal Utilization,
    DateTime Start,
    DateTime End,
    string Region = "",
    string InstanceFamily = "");
