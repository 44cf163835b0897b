using System.Text.Json;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.ComputeOptimizer;

/// <summary>Tolerant reading of the fields every Compute Optimizer recommendation shares.</summary>
internal static class ComputeOptimizerJson
{
    public static double? Number(this JsonElement? element, string name) =>
        element is { } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    public static JsonElement? Object(this JsonElement? element, string name) =>
        element is { } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    /// <summary>An integer field; a value that is not a whole number in range is a malformed body, not a rounding.</summary>
    public static int? WholeNumber(this JsonElement? element, string name) =>
        element is { } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? (v.TryGetInt32(out var whole) ? whole : throw new FormatException($"{name} is not a whole number: {v.GetRawText()}"))
            : null;

    /// <summary>The option with the lowest rank (first when none is ranked).</summary>
    public static JsonElement? Best(this JsonElement recommendation, string optionsField) =>
        recommendation.Array(optionsField)
            .Select((o, i) => (Option: o, Rank: o.Int("rank") ?? int.MaxValue, Index: i))
            .OrderBy(o => o.Rank).ThenBy(o => o.Index)
            .Select(o => (JsonElement?)o.Option)
            .FirstOrDefault();

    /// <summary>estimatedMonthlySavings.value of an option's savingsOpportunity, in USD to 6 places.</summary>
    public static decimal? MonthlySavings(this JsonElement? option) =>
        option.Object("savingsOpportunity").Object("estimatedMonthlySavings").Number("value") is { } m ? decimal.Round((decimal)m, 6) : null;

    public static double? SavingsPercent(this JsonElement? option) =>
        option.Object("savingsOpportunity").Number("savingsOpportunityPercentage");

    /// <summary>The JSON protocol sends timestamps as epoch seconds with a fraction.</summary>
    public static DateTime? Timestamp(this JsonElement? element, string name) =>
        element.Number(name) is { } epoch ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(epoch * 1000)).UtcDateTime : null;

    /// <summary>Look-back days are a double on the wire (14.0); kept as whole days.</summary>
    public static int? Days(this JsonElement? element, string name) =>
        element.Number(name) is { } days ? (int)Math.Round(days) : null;

    public static string Reasons(this JsonElement element) =>
        string.Join(',', element.Array("findingReasonCodes").Select(c => c.GetString()));
}
