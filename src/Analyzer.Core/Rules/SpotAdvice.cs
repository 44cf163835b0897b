namespace Analyzer.Core.Rules;

/// <summary>The Spot Instance Advisor's view of one type in one region.</summary>
/// <param name="InterruptionFrequency">"&lt;5%", "5-10%", "10-15%", "15-20%" or "&gt;20%".</param>
public sealed record SpotAdvice(string Region, string InstanceType, decimal? SavingsPercent, string? InterruptionFrequency);
