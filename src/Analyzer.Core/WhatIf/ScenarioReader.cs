using System.Globalization;
using System.Text.Json;
using Analyzer.Core.Options;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.WhatIf;

/// <summary>
/// Reads a scenario file: JSON with comments and trailing commas, like the settings file (docs/whatif.md). Unknown keys
/// and bad values fail with a <see cref="ConfigurationException"/> naming the key by its place in the file
/// (<c>changes[1].select.tags</c>), and a JSON syntax error names its line and column.
/// </summary>
public static partial class ScenarioReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly string[] TopKeys = ["description", "settings", "changes", "priceScale", "addCommitments"];
    private static readonly string[] ChangeKeys = ["select", "settings", "forbidOptions", "force", "demandScale", "moveToRegion"];
    private static readonly string[] SelectKeys = ["accounts", "regions", "kinds", "ids", "name", "tags"];
    private static readonly string[] CommitmentKeys = ["plan", "termYears", "payment", "hourlyUsd"];

    private const string ScopeReason = "cannot change in a what-if: the scope is the baseline run's; narrow a change with \"select\" instead.";
    private const string FleetWide = "is fleet-wide (one window and one commitment optimizer for the fleet): set it in the scenario's top-level \"settings\".";

    internal static readonly Dictionary<string, string> TopRefused = new(StringComparer.Ordinal)
    {
        ["regions"] = ScopeReason,
        ["accounts"] = ScopeReason,
    };

    internal static readonly Dictionary<string, string> ChangeRefused = new(StringComparer.Ordinal)
    {
        ["regions"] = ScopeReason,
        ["accounts"] = ScopeReason,
        ["lookbackDays"] = FleetWide,
        ["activeCpuThresholdPercent"] = FleetWide,
        ["savingsPlanCurvePoints"] = FleetWide,
        ["savingsPlanKneeShare"] = FleetWide,
        ["reservedInstanceSteadyShare"] = FleetWide,
        ["heldSavingsPlanHourlyUsd"] = FleetWide,
    };

    public static Scenario Parse(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new ConfigurationException("(file)", string.Create(CultureInfo.InvariantCulture, $"is not valid JSON at line {line}, column {column}."));
        }

        using (document)
        {
            var root = document.RootElement;
            RequireObject(root, "(file)", TopKeys);
            var scenario = Scenario.Empty(name);
            if (root.TryGetProperty("description", out var description))
            {
                scenario = scenario with { Description = Text(description, "description") };
            }
            if (root.TryGetProperty("settings", out var settings))
            {
                scenario = scenario with { Settings = AnalysisSettingsReader.ReadPatch(settings, "settings", TopRefused) };
            }

            if (root.TryGetProperty("changes", out var changes))
            {
                RequireArray(changes, "changes");
                scenario = scenario with { Changes = [.. changes.EnumerateArray().Select((c, i) => Change(c, $"changes[{i}]"))] };
            }

            if (root.TryGetProperty("priceScale", out var prices))
            {
                scenario = scenario with { Prices = Prices(prices, "priceScale") };
            }

            if (root.TryGetProperty("addCommitments", out var added))
            {
                RequireArray(added, "addCommitments");
                scenario = scenario with { AddedCommitments = [.. added.EnumerateArray().Select((c, i) => Commitment(c, $"addCommitments[{i}]"))] };
            }

            return scenario;
        }
    }

    /// <summary>An option family by its settings name ("fargate-spot"), or the error naming <paramref name="key"/>.</summary>
    public static OptionFamily Family(string name, string key)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!OptionFamilyNames.TryParse(name, out var family))
        {
            throw new ConfigurationException(key, $"'{name}' is not an option; expected any of {string.Join(", ", OptionFamilyNames.All)}.");
        }

        if (family == OptionFamily.Current)
        {
            throw new ConfigurationException(key, "'current' cannot be forced or forbidden: savings are measured against it.");
        }

        return family;
    }

    /// <summary>A workload kind by its store name ("asg"), or the error naming <paramref name="key"/>.</summary>
    public static WorkloadKind Kind(string name, string key)
    {
        try
        {
            return WorkloadKindNames.Parse(name);
        }
        catch (FormatException e)
        {
            throw new ConfigurationException(key, e.Message);
        }
    }

    /// <summary>Checks a region a selection moves to: an AWS region name such as "eu-west-1" (lower case, never anything else).</summary>
    public static string Region(string name, string key)
    {
        ArgumentNullException.ThrowIfNull(name);
        return RegionName().IsMatch(name)
            ? name
            : throw new ConfigurationException(key, $"'{name}' is not an AWS region name (e.g. eu-west-1).");
    }

    /// <summary>Checks a demand scale or a price factor: a number above 0 and at most 100.</summary>
    public static double Factor(double value, string key) => value is > 0 and <= 100 && double.IsFinite(value)
        ? value
        : throw new ConfigurationException(key, string.Create(CultureInfo.InvariantCulture, $"must be a factor above 0 and at most 100, got {value}."));

    /// <summary>Checks an added commitment's fields, naming <paramref name="key"/> and the field at fault.</summary>
    public static AddedCommitment Checked(AddedCommitment commitment, string key)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        if (commitment.Plan != "compute")
        {
            // An EC2 Instance plan covers one region and family; its effect alone is not measured yet.
            throw new ConfigurationException($"{key}.plan", $"'{commitment.Plan}' cannot be added in a what-if; only \"compute\" (a Compute Savings Plan) can.");
        }

        if (commitment.TermYears is not (1 or 3))
        {
            throw new ConfigurationException($"{key}.termYears", string.Create(CultureInfo.InvariantCulture, $"must be 1 or 3, got {commitment.TermYears}."));
        }

        if (commitment.Payment is not ("no" or "partial" or "all"))
        {
            throw new ConfigurationException($"{key}.payment", $"'{commitment.Payment}' is not one of no, partial, all (upfront).");
        }

        if (commitment.HourlyUsd is <= 0 or > 5000)
        {
            throw new ConfigurationException($"{key}.hourlyUsd", string.Create(CultureInfo.InvariantCulture, $"must be above 0 and at most 5000 USD per hour, got {commitment.HourlyUsd}."));
        }

        return commitment;
    }

    private static ScenarioChange Change(JsonElement element, string path)
    {
        RequireObject(element, path, ChangeKeys);
        var select = element.TryGetProperty("select", out var s) ? Selector(s, $"{path}.select") : WorkloadSelector.All;
        var settings = element.TryGetProperty("settings", out var patch)
            ? AnalysisSettingsReader.ReadPatch(patch, $"{path}.settings", ChangeRefused)
            : AnalysisSettingsPatch.Empty;
        var forbid = element.TryGetProperty("forbidOptions", out var f) ? Families(f, $"{path}.forbidOptions") : new HashSet<OptionFamily>();
        var force = element.TryGetProperty("force", out var o) ? Families(o, $"{path}.force") : new HashSet<OptionFamily>();
        if (force.Overlaps(forbid))
        {
            throw new ConfigurationException($"{path}.force", $"'{force.First(forbid.Contains).ToName()}' is both forced and forbidden.");
        }

        double? demand = element.TryGetProperty("demandScale", out var d) ? Factor(Number(d, $"{path}.demandScale"), $"{path}.demandScale") : null;
        var region = element.TryGetProperty("moveToRegion", out var r) ? Region(Text(r, $"{path}.moveToRegion"), $"{path}.moveToRegion") : null;
        return new ScenarioChange(select, settings, forbid, force, demand) { MoveToRegion = region };
    }

    private static WorkloadSelector Selector(JsonElement element, string path)
    {
        RequireObject(element, path, SelectKeys);
        var selector = WorkloadSelector.All;
        if (element.TryGetProperty("accounts", out var accounts))
        {
            selector = selector with { Accounts = Strings(accounts, $"{path}.accounts") };
        }

        if (element.TryGetProperty("regions", out var regions))
        {
            selector = selector with { Regions = Strings(regions, $"{path}.regions") };
        }

        if (element.TryGetProperty("kinds", out var kinds))
        {
            selector = selector with { Kinds = [.. Strings(kinds, $"{path}.kinds").Select(k => Kind(k, $"{path}.kinds"))] };
        }

        if (element.TryGetProperty("ids", out var ids))
        {
            selector = selector with { Ids = Strings(ids, $"{path}.ids") };
        }

        if (element.TryGetProperty("name", out var name))
        {
            selector = selector with { Name = new GlobPattern(Text(name, $"{path}.name")) };
        }

        if (element.TryGetProperty("tags", out var tags))
        {
            selector = selector with { Tags = TagExpressionParser.Parse(Text(tags, $"{path}.tags"), $"{path}.tags") };
        }

        return selector;
    }

    private static PriceScale Prices(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigurationException(path, $"must be an object of price kinds and factors ({string.Join(", ", PriceScale.Names)}), got {element.GetRawText()}.");
        }

        var scale = PriceScale.None;
        foreach (var property in element.EnumerateObject())
        {
            var key = $"{path}.{property.Name}";
            var factor = (decimal)Factor(Number(property.Value, key), key);
            scale = scale.With(property.Name, factor)
                ?? throw new ConfigurationException(key, $"is not a price kind; expected one of {string.Join(", ", PriceScale.Names)}.");
        }

        return scale;
    }

    private static AddedCommitment Commitment(JsonElement element, string path)
    {
        RequireObject(element, path, CommitmentKeys);
        string Required(string key) => element.TryGetProperty(key, out var v)
            ? Text(v, $"{path}.{key}")
            : throw new ConfigurationException($"{path}.{key}", "is required.");
        var term = element.TryGetProperty("termYears", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt32(out var years)
            ? years
            : throw new ConfigurationException($"{path}.termYears", "is required: 1 or 3.");
        var hourly = element.TryGetProperty("hourlyUsd", out var h) && h.ValueKind == JsonValueKind.Number && h.TryGetDecimal(out var usd)
            ? usd
            : throw new ConfigurationException($"{path}.hourlyUsd", "is required: USD per hour of commitment.");
        return Checked(new AddedCommitment(Required("plan"), term, Required("payment"), hourly), path);
    }

    private static HashSet<OptionFamily> Families(JsonElement element, string path) =>
        [.. Strings(element, path).Select(n => Family(n, path))];

    private static void RequireObject(JsonElement element, string path, string[] keys)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigurationException(path, $"must be an object, got {Shorten(element.GetRawText())}.");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!keys.Contains(property.Name, StringComparer.Ordinal))
            {
                var key = path == "(file)" ? property.Name : $"{path}.{property.Name}";
                throw new ConfigurationException(key, $"is not a known key; expected one of {string.Join(", ", keys)}.");
            }
        }
    }

    private static void RequireArray(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new ConfigurationException(path, $"must be an array, got {Shorten(element.GetRawText())}.");
        }
    }

    private static string[] Strings(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return [element.GetString()!];
        }

        RequireArray(element, path);
        return [.. element.EnumerateArray().Select((e, i) => Text(e, $"{path}[{i}]"))];
    }

    private static string Text(JsonElement element, string path) => element.ValueKind == JsonValueKind.String
        ? element.GetString()!
        : throw new ConfigurationException(path, $"must be a string, got {Shorten(element.GetRawText())}.");

    private static double Number(JsonElement element, string path) => element.ValueKind == JsonValueKind.Number
        ? element.GetDouble()
        : throw new ConfigurationException(path, $"must be a number, got {Shorten(element.GetRawText())}.");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    // "us-east-1", "ap-southeast-2", "us-gov-west-1", "eu-central-2": letters and hyphens, then the number.
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z]{2}(-[a-z]+){1,3}-[0-9]{1,2}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RegionName();
}
