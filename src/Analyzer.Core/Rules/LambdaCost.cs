namespace Analyzer.Core.Rules;

/// <summary>A month of Lambda charges before the free tier, which is per account and shown apart.</summary>
/// <param name="FreeTierUsd">What the monthly free tier (1M requests, 400,000 GB-s) would take off, if the account has it unused.</param>
public sealed record LambdaCost(decimal GbSeconds, decimal Requests, decimal DurationUsd, decimal RequestUsd, decimal FreeTierUsd)
{
    public decimal TotalUsd => DurationUsd + RequestUsd;
}
