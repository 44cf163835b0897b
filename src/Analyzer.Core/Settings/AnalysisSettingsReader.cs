using System.Globalization;
using System.Text.Json;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;

namespace Analyzer.Core.Settings;

/// <summary>
/// Reads <see cref="AnalysisSettings"/> from the JSON configuration file and applies command-line overrides
/// ("key=value", the same keys). Unknown keys and bad values fail with a <see cref="ConfigurationException"/>
/// that names the key; the result is validated.
/// </summary>
public static class AnalysisSettingsReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly string[] Keys =
    [
        "lookbackDays", "cpuPercentile", "cpuHeadroomPercent", "memoryHeadroomPercent", "idleCpuMaxPercent",
        "activeCpuThresholdPercent", "minimumHours", "minimumPooledUnits", "riskAppetite", "allowedOptions", "interruptionToleranceTags", "excludedInstanceFamilies",
        "unitOfWorkTag", "regions", "accounts", "savingsPlanCurvePoints", "savingsPlanKneeShare", "reservedInstanceSteadyShare", "heldSavingsPlanHourlyUsd",
        "productionTags", "minimumMonthlySavingsUsd", "minimumSavingsPercent", "burstableMaxHoursAboveBaseline", "spotPriceMaxAgeDays",
    ];

    /// <summary>Parses a whole configuration file; keys left out keep their defaults.</summary>
    public static AnalysisSettings Parse(string json, AnalysisSettings? defaults = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException("(file)", $"is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException("(file)", "must be a JSON object.");
            }

            var settings = defaults ?? new AnalysisSettings();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                settings = Apply(settings, property.Name, new JsonValue(property.Name, property.Value));
            }

            return settings.Validate();
        }
    }

    /// <summary>
    /// Reads a JSON object of settings keys as a patch to apply later. A key in <paramref name="refused"/> fails with
    /// its reason; every value is checked now (on the defaults), so a bad one fails here, named under <paramref name="path"/>.
    /// </summary>
    public static AnalysisSettingsPatch ReadPatch(JsonElement element, string path, IReadOnlyDictionary<string, string>? refused = null)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigurationException(path, $"must be an object of settings keys, got {element.GetRawText()}.");
        }

        var keys = new List<string>();
        var steps = new List<Func<AnalysisSettings, AnalysisSettings>>();
        foreach (var property in element.EnumerateObject())
        {
            var key = property.Name;
            if (refused is not null && refused.TryGetValue(key, out var why))
            {
                throw new ConfigurationException($"{path}.{key}", why);
            }

            var value = property.Value.Clone();
            AnalysisSettings Step(AnalysisSettings s) => Apply(s, key, new JsonValue(key, value));
            try
            {
                Step(new AnalysisSettings()).Validate();
            }
            catch (ConfigurationException e)
            {
                throw e.Under(path);
            }

            keys.Add(key);
            steps.Add(Step);
        }

        return new AnalysisSettingsPatch(keys, steps);
    }

    /// <summary>
    /// Reads "key=value" texts (the command line's) as a patch to apply later, each value parsed once into its typed
    /// setting; refused keys and bad values fail now, named under <paramref name="path"/>.
    /// </summary>
    public static AnalysisSettingsPatch ReadPatch(IEnumerable<string> keyEqualsValues, string path, IReadOnlyDictionary<string, string>? refused = null)
    {
        ArgumentNullException.ThrowIfNull(keyEqualsValues);
        var keys = new List<string>();
        var steps = new List<Func<AnalysisSettings, AnalysisSettings>>();
        foreach (var text in keyEqualsValues)
        {
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ConfigurationException(path, $"'{text}' is not written key=value.");
            }

            var key = text[..eq].Trim();
            var value = text[(eq + 1)..].Trim();
            if (refused is not null && refused.TryGetValue(key, out var why))
            {
                throw new ConfigurationException($"{path} {key}", why);
            }

            AnalysisSettings Step(AnalysisSettings s) => Apply(s, key, new TextValue(key, value));
            try
            {
                Step(new AnalysisSettings()).Validate();
            }
            catch (ConfigurationException e)
            {
                throw new ConfigurationException($"{path} {e.Key}", e.Reason);
            }

            keys.Add(key);
            steps.Add(Step);
        }

        return new AnalysisSettingsPatch(keys, steps);
    }

    /// <summary>Applies "key=value" overrides in order, each parsed once from its text into its typed setting, then validates.</summary>
    public static AnalysisSettings ApplyOverrides(AnalysisSettings settings, IEnumerable<string> keyEqualsValues)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(keyEqualsValues);
        foreach (var text in keyEqualsValues)
        {
            settings = ApplyOverride(settings, text);
        }

        return settings.Validate();
    }

    /// <summary>Applies one "key=value" override from the command line; lists are comma-separated.</summary>
    public static AnalysisSettings ApplyOverride(AnalysisSettings settings, string keyEqualsValue)
    {
        ArgumentNullException.ThrowIfNull(keyEqualsValue);
        var eq = keyEqualsValue.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new ConfigurationException(keyEqualsValue, "an override must be written key=value.");
        }

        var key = keyEqualsValue[..eq].Trim();
        return Apply(settings, key, new TextValue(key, keyEqualsValue[(eq + 1)..].Trim())).Validate();
    }

    private static AnalysisSettings Apply(AnalysisSettings s, string key, IValue v) => key switch
    {
        "lookbackDays" => s with { LookbackDays = v.Int() },
        "cpuPercentile" => s with { CpuPercentile = ParsePercentile(key, v.Text()) },
        "cpuHeadroomPercent" => s with { CpuHeadroomPercent = v.Number() },
        "memoryHeadroomPercent" => s with { MemoryHeadroomPercent = v.Number() },
        "idleCpuMaxPercent" => s with { IdleCpuMaxPercent = v.Number() },
        "activeCpuThresholdPercent" => s with { ActiveCpuThresholdPercent = v.Number() },
        "minimumHours" => s with { MinimumHours = v.Int() },
        "minimumPooledUnits" => s with { MinimumPooledUnits = v.Int() },
        "riskAppetite" => s with { RiskAppetite = ParseAppetite(key, v.Text()) },
        "allowedOptions" => s with { AllowedOptions = ParseFamilies(key, v.List()) },
        "interruptionToleranceTags" => s with { InterruptionToleranceTags = v.List() },
        "excludedInstanceFamilies" => s with { ExcludedInstanceFamilies = v.List() },
        "unitOfWorkTag" => s with { UnitOfWorkTag = v.Text() },
        "regions" => s with { Regions = v.List() },
        "accounts" => s with { Accounts = v.List() },
        "savingsPlanCurvePoints" => s with { SavingsPlanCurvePoints = v.Int() },
        "savingsPlanKneeShare" => s with { SavingsPlanKneeShare = (decimal)v.Number() },
        "reservedInstanceSteadyShare" => s with { ReservedInstanceSteadyShare = (decimal)v.Number() },
        "heldSavingsPlanHourlyUsd" => s with { HeldSavingsPlanHourlyUsd = (decimal)v.Number() },
        "productionTags" => s with { ProductionTags = v.List() },
        "minimumMonthlySavingsUsd" => s with { MinimumMonthlySavingsUsd = (decimal)v.Number() },
        "minimumSavingsPercent" => s with { MinimumSavingsPercent = v.Number() },
        "burstableMaxHoursAboveBaseline" => s with { BurstableMaxHoursAboveBaseline = v.Int() },
        "spotPriceMaxAgeDays" => s with { SpotPriceMaxAgeDays = v.Int() },
        _ => throw new ConfigurationException(key, $"is not a known key; expected one of {string.Join(", ", Keys)}."),
    };

    private static CpuPercentile ParsePercentile(string key, string text) => text.ToUpperInvariant() switch
    {
        "P90" => CpuPercentile.P90,
        "P95" => CpuPercentile.P95,
        "P99" => CpuPercentile.P99,
        "P99.5" or "P99_5" => CpuPercentile.P99_5,
        "MAX" => CpuPercentile.Max,
        _ => throw new ConfigurationException(key, $"'{text}' is not one of p90, p95, p99, p99.5, max."),
    };

    private static RiskAppetite ParseAppetite(string key, string text) => text.ToUpperInvariant() switch
    {
        "CONSERVATIVE" => RiskAppetite.Conservative,
        "BALANCED" => RiskAppetite.Balanced,
        "AGGRESSIVE" => RiskAppetite.Aggressive,
        _ => throw new ConfigurationException(key, $"'{text}' is not one of conservative, balanced, aggressive."),
    };

    private static HashSet<OptionFamily> ParseFamilies(string key, IReadOnlyList<string> names)
    {
        var families = new HashSet<OptionFamily> { OptionFamily.Current };
        foreach (var name in names)
        {
            if (!OptionFamilyNames.TryParse(name, out var family))
            {
                throw new ConfigurationException(key, $"'{name}' is not an option; expected any of {string.Join(", ", OptionFamilyNames.All)}.");
            }

            families.Add(family);
        }

        return families;
    }

    private interface IValue
    {
        int Int();

        double Number();

        string Text();

        IReadOnlyList<string> List();
    }

    private sealed class JsonValue(string key, JsonElement element) : IValue
    {
        public int Int() => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var i)
            ? i
            : throw new ConfigurationException(key, $"must be a whole number, got {element.GetRawText()}.");

        public double Number() => element.ValueKind == JsonValueKind.Number
            ? element.GetDouble()
            : throw new ConfigurationException(key, $"must be a number, got {element.GetRawText()}.");

        public string Text() => element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new ConfigurationException(key, $"must be a string, got {element.GetRawText()}.");

        public IReadOnlyList<string> List()
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                throw new ConfigurationException(key, $"must be an array of strings, got {element.GetRawText()}.");
            }

            return [.. element.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : throw new ConfigurationException(key, $"must hold only strings, got {e.GetRawText()}."))];
        }
    }

    private sealed class TextValue(string key, string text) : IValue
    {
        public int Int() => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
            ? i
            : throw new ConfigurationException(key, $"must be a whole number, got '{text}'.");

        public double Number() => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new ConfigurationException(key, $"must be a number, got '{text}'.");

        public string Text() => text;

        public IReadOnlyList<string> List() =>
            [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
