namespace Analyzer.Core.Lightsail;

/// <summary>The cheapest Lightsail bundle a small steady instance fits, with what moving would save and what it gives up.</summary>
/// <param name="MonthlySavingsUsd">Against the engine's recommended EC2 option (today's cost when there is none): what Lightsail adds beyond it.</param>
public sealed record LightsailFinding(LightsailCandidate Candidate, LightsailBundle Bundle, decimal MonthlySavingsUsd, string Advice)
{
    /// <summary>Against today's cost.</summary>
    public decimal MonthlySavingsVsTodayUsd => Candidate.CurrentMonthlyCost - Bundle.UsdPerMonth;
}
