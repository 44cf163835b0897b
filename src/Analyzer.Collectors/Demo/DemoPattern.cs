namespace Analyzer.Collectors.Demo;

/// <summary>The shapes of <see cref="DemoPatterns"/>, for switching on in code.</summary>
internal enum DemoPattern
{
    Steady,
    IdleZombie,
    BusinessHours,
    NightlyBatch,
    SpikyApi,
    MemoryBound,
    OverProvisioned,
    UnderProvisioned,
    LambdaHighVolume,
    LambdaLowVolume,
    LambdaLongRunning,
}
