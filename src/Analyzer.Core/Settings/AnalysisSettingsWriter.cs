using System.Text;
using System.Text.Json;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;

namespace Analyzer.Core.Settings;

/// <summary>Writes <see cref="AnalysisSettings"/> as the JSON configuration file <see cref="AnalysisSettingsReader"/> reads.</summary>
public static class AnalysisSettingsWriter
{
    public static string ToJson(AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("lookbackDays", settings.LookbackDays);
            json.WriteString("cpuPercentile", settings.CpuPercentile.ToName());
            json.WriteNumber("cpuHeadroomPercent", settings.CpuHeadroomPercent);
            json.WriteNumber("memoryHeadroomPercent", settings.MemoryHeadroomPercent);
            json.WriteNumber("idleCpuMaxPercent", settings.IdleCpuMaxPercent);
            json.WriteNumber("activeCpuThresholdPercent", settings.ActiveCpuThresholdPercent);
            json.WriteNumber("minimumHours", settings.MinimumHours);
            json.WriteNumber("minimumPooledUnits", settings.MinimumPooledUnits);
            json.WriteString("riskAppetite", settings.RiskAppetite.ToString().ToLowerInvariant());
            WriteList(json, "allowedOptions", Enum.GetValues<OptionFamily>().Where(settings.Allows).Select(f => f.ToName()));
            WriteList(json, "interruptionToleranceTags", settings.InterruptionToleranceTags);
            WriteList(json, "excludedInstanceFamilies", settings.ExcludedInstanceFamilies);
            json.WriteString("unitOfWorkTag", settings.UnitOfWorkTag);
            WriteList(json, "productionTags", settings.ProductionTags);
            json.WriteNumber("minimumMonthlySavingsUsd", settings.MinimumMonthlySavingsUsd);
            json.WriteNumber("minimumSavingsPercent", settings.MinimumSavingsPercent);
            json.WriteNumber("burstableMaxHoursAboveBaseline", settings.BurstableMaxHoursAboveBaseline);
            json.WriteNumber("spotPriceMaxAgeDays", settings.SpotPriceMaxAgeDays);
            WriteList(json, "regions", settings.Regions);
            WriteList(json, "accounts", settings.Accounts);
            json.WriteNumber("savingsPlanCurvePoints", settings.SavingsPlanCurvePoints);
            json.WriteNumber("savingsPlanKneeShare", settings.SavingsPlanKneeShare);
            json.WriteNumber("reservedInstanceSteadyShare", settings.ReservedInstanceSteadyShare);
            if (settings.HeldSavingsPlanHourlyUsd is { } held)
            {
                json.WriteNumber("heldSavingsPlanHourlyUsd", held);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteList(Utf8JsonWriter json, string key, IEnumerable<string> values)
    {
        json.WriteStartArray(key);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
