namespace Analyzer.Core.Lightsail;

/// <summary>The Lightsail bundle recommended for a small steady instance, with what moving saves and what it gives up.</summary>
/// <param name="MonthlySavingsUsd">Against the cheapest option that stays on EC2 (today's cost when there is none): what Lightsail adds beyond it.</param>
public sealed record LightsailFinding(LightsailCandidate Candidate, LightsailBundle Bundle, decimal MonthlySavingsUsd, string Advice)
{
    /// <summary>Against today's cost.</summary>
    public decimal MonthlySavingsVsTodayUsd => Candidate.CurrentMonthlyCost - Bundle.UsdPerMonth;
}
