using Analyzer.Core.Settings;

namespace Analyzer.Jobs.Analyze;

/// <summary>
/// The analysis settings: a JSON file (docs/configuration.md), if any, then the command line's "key=value" overrides
/// in order, then its typed flags; validated. Each value reaches its setting typed: a flag's number is assigned, never
/// formatted to text and parsed back.
/// </summary>
public static class AnalysisSettingsFile
{
    /// <param name="path">The settings file, already resolved to a full path; null keeps every default.</param>
    /// <param name="overrides">"key=value" texts from the command line (docs/configuration.md's keys), applied after the file.</param>
    public static AnalysisSettings Load(
        string? path, int? lookbackDays = null, string? cpuPercentile = null, double? headroom = null, string? risk = null, IReadOnlyList<string>? overrides = null)
    {
        var settings = path is null ? new AnalysisSettings() : AnalysisSettingsReader.Parse(File.ReadAllText(path));
        if (overrides is not null)
        {
            settings = AnalysisSettingsReader.ApplyOverrides(settings, overrides);
        }

        if (lookbackDays is { } days)
        {
            settings = settings with { LookbackDays = days };
        }

        if (cpuPercentile is not null)
        {
            // The user's own text, parsed once by the settings reader (which names the key in its error).
            settings = AnalysisSettingsReader.ApplyOverride(settings, $"cpuPercentile={cpuPercentile}");
        }

        if (headroom is { } h)
        {
            settings = settings with { CpuHeadroomPercent = h, MemoryHeadroomPercent = h };
        }

        if (risk is not null)
        {
            settings = AnalysisSettingsReader.ApplyOverride(settings, $"riskAppetite={risk}");
        }

        return settings.Validate();
    }
}
