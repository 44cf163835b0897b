namespace Analyzer.Reports.Chromium;

/// <summary>How to run headless Chromium.</summary>
/// <param name="ExecutablePath">Null: ANALYZER_CHROMIUM, then chromium on PATH.</param>
/// <param name="Timeout">Upper bound for starting, loading and printing one document.</param>
public sealed record ChromiumOptions(string? ExecutablePath = null, TimeSpan? Timeout = null)
{
    public TimeSpan EffectiveTimeout => Timeout ?? TimeSpan.FromMinutes(3);
}
