namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// What one workload would run on demand under an option, in the units a Savings Plan rate is keyed by: the usage key
/// ("us-east-1/m5.large", "us-east-1/fargate:arm64", "us-east-1/lambda:x86_64"), the on-demand USD of one unit for one
/// hour, and how many units run on average.
/// </summary>
/// <param name="UsdPerUnitHour">On-demand price of one unit-hour (an instance, a task of the option's size; for Lambda
/// the whole function, so <see cref="Units"/> is 1 and this is the option's monthly cost / 730).</param>
/// <param name="Units">Units paid for on average over the hours the workload runs (the option's units x its share of
/// a 730-hour month).</param>
/// <param name="FollowsDemand">True when the units running each hour are the hourly demand itself (the current
/// instance count of an Auto Scaling group or ECS service); false when <see cref="Units"/> is spread over the hours in
/// proportion to the demand.</param>
public sealed record FleetUsage(string WorkloadId, string Key, decimal UsdPerUnitHour, double Units, bool FollowsDemand = false)
{
    /// <summary>
    /// The option's own whole units in each hour of the window (0-based hour, units), where the engine sized it hour by
    /// hour; they replace both the spread of <see cref="Units"/> and the demand.
    /// </summary>
    public IReadOnlyList<(int Hour, int Units)>? Hourly { get; init; }

    /// <summary>Region of the key.</summary>
    public string Region => Key[..Key.IndexOf('/', StringComparison.Ordinal)];
}
