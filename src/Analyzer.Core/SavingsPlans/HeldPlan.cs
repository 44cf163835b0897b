namespace Analyzer.Core.SavingsPlans;

/// <summary>One Savings Plan held, from the bill (savings_plans_held), in the optimizer's words.</summary>
/// <param name="Plan">"compute", "ec2instance", or AWS's own word for a plan the optimizer cannot apply (SageMaker).</param>
/// <param name="Payment">"no", "partial" or "all" upfront; null when AWS did not say.</param>
/// <param name="Region">EC2 Instance Savings Plans only: the region it applies in.</param>
/// <param name="InstanceFamily">EC2 Instance Savings Plans only: the family ("m5").</param>
public sealed record HeldPlan(
    string AccountId,
    string Arn,
    string Plan,
    int? TermYears,
    string? Payment,
    string? Region,
    string? InstanceFamily,
    decimal HourlyCommitment,
    DateTime? StartsAt,
    DateTime? EndsAt)
{
    /// <summary>Started at or before <paramref name="at"/> and not yet ended (end is exclusive).</summary>
    public bool IsActiveAt(DateTime at) => (StartsAt is null || StartsAt <= at) && (EndsAt is null || EndsAt > at);

    /// <summary>Ends within <paramref name="days"/> days after <paramref name="at"/>: its coverage will lapse.</summary>
    public bool EndsWithin(DateTime at, int days) => EndsAt is { } end && end > at && end <= at.AddDays(days);
}
