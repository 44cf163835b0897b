using Amazon.Util.Internal;

namespace Analyzer.Collectors.Aws;

/// <summary>Lets the SDK's refreshing credentials read our <see cref="TimeProvider"/>, so session expiry is testable.</summary>
internal sealed class AwsSdkClock(TimeProvider time) : ITimeProvider
{
    public DateTime CorrectedUtcNow => time.GetUtcNow().UtcDateTime;

    /// <summary>The SDK's own clock (with its clock-skew correction) for the system clock, else an adapter.</summary>
    public static ITimeProvider For(TimeProvider? time) =>
        time is null || ReferenceEquals(time, TimeProvider.System) ? DefaultTimeProvider.Instance : new AwsSdkClock(time);
}
