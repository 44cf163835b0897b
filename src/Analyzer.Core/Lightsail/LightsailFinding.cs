namespace Analyzer.Core.Lightsail;

/// <summary>The cheapest Lightsail bundle a small steady instance fits, with what moving would save and what it gives up.</summary>
public sealed record LightsailFinding(LightsailCandidate Candidate, LightsailBundle Bundle, decimal MonthlySavingsUsd, string Advice);
