namespace Analyzer.Core.Reporting;

/// <summary>One Savings Plan held that the run applied, as the report shows it. Strings came from AWS.</summary>
/// <param name="Plan">E.g. "Compute Savings Plan"; AWS's word for a type the optimizer does not apply.</param>
/// <param name="AppliesTo">"any region and family", or the region and family of an EC2 Instance plan.</param>
/// <param name="EndsOn">The day the plan ends (exclusive), when known.</param>
/// <param name="LapsesSoon">It ends within 90 days of the window's end: its coverage will lapse.</param>
public sealed record HeldCommitmentLine(
    string AccountId,
    string Arn,
    string Plan,
    int? TermYears,
    string? Payment,
    string AppliesTo,
    decimal HourlyCommitment,
    DateOnly? EndsOn,
    bool LapsesSoon);
