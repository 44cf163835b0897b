namespace Analyzer.Collectors.Tests.Demo;

/// <summary>A clock stopped the morning after the demo window ends.</summary>
internal sealed class DemoTestClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DemoTestData.WindowEnd.AddHours(6), TimeSpan.Zero);
}
