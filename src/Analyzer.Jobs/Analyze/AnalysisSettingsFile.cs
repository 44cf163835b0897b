using System.Globalization;
using Analyzer.Core.Settings;

namespace Analyzer.Jobs.Analyze;

/// <summary>The analysis settings: a JSON file (docs/configuration.md), if any, with command-line overrides applied, validated.</summary>
public static class AnalysisSettingsFile
{
    /// <param name="path">The settings file, already resolved to a full path; null keeps every default.</param>
    public static AnalysisSettings Load(string? path, int? lookbackDays = null, string? cpuPercentile = null, double? headroom = null, string? risk = null)
    {
        var settings = path is null ? new AnalysisSettings() : AnalysisSettingsReader.Parse(File.ReadAllText(path));
        var inv = CultureInfo.InvariantCulture;
        if (lookbackDays is { } days)
        {
            settings = AnalysisSettingsReader.ApplyOverride(settings, string.Create(inv, $"lookbackDays={days}"));
        }

        if (cpuPercentile is not null)
        {
            settings = AnalysisSettingsReader.ApplyOverride(settings, $"cpuPercentile={cpuPercentile}");
        }

        if (headroom is { } h)
        {
            settings = AnalysisSettingsReader.ApplyOverride(settings, string.Create(inv, $"cpuHeadroomPercent={h}"));
            settings = AnalysisSettingsReader.ApplyOverride(settings, string.Create(inv, $"memoryHeadroomPercent={h}"));
        }

        if (risk is not null)
        {
            settings = AnalysisSettingsReader.ApplyOverride(settings, $"riskAppetite={risk}");
        }

        return settings.Validate();
    }
}
