using System.Globalization;
using System.Text.Json;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// Reading Cost Explorer's answers, which carry amounts and percentages as strings: absent or empty is null, a
/// string that is not a number is a malformed body naming the field.
/// </summary>
internal static class CeValues
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDay(JsonElement timePeriod, string name = "Start") =>
        DateOnly.ParseExact(timePeriod.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Dictionary<string, object> LinkedAccount(string accountId) => Dimension("LINKED_ACCOUNT", accountId);

    public static Dictionary<string, object> Dimension(string key, string value) => new()
    {
        ["Dimensions"] = new Dictionary<string, object> { ["Key"] = key, ["Values"] = new[] { value } },
    };

    public static Dictionary<string, string> Period(DateOnly start, DateOnly end) => new() { ["Start"] = Day(start), ["End"] = Day(end) };

    public static decimal? Amount(AwsOperation operation, JsonElement element, string name) =>
        element.String(name) is { Length: > 0 } text
            ? decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? decimal.Round(value, 6)
                : throw AwsXml.Malformed(operation, $"{name} is '{Shorten(text)}', not a number")
            : null;

    public static double? Percent(AwsOperation operation, JsonElement element, string name) =>
        element.String(name) is { Length: > 0 } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw AwsXml.Malformed(operation, $"{name} is '{Shorten(text)}', not a number")
            : null;

    /// <summary>An ISO-8601 instant as UTC; null when absent or not a date.</summary>
    public static DateTime? Instant(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : null;

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static int? LookbackDays(string? lookback) => lookback switch
    {
        "SEVEN_DAYS" => 7,
        "FOURTEEN_DAYS" => 14,
        "THIRTY_DAYS" => 30,
        "SIXTY_DAYS" => 60,
        _ => null,
    };

    public static int TermYears(string term) => term == "THREE_YEARS" ? 3 : 1;

    // Error messages quote AWS's text: keep it short.
    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "..." : text;
}
