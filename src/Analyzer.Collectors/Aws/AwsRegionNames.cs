using Amazon;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// Cost Explorer names regions the way the console does ("US East (N. Virginia)") in some responses (Savings Plans
/// attributes, rightsizing resource details) and by code in others. The store keeps codes, so the engine can match
/// a held EC2 Instance Savings Plan or a recommendation to workloads; the SDK's region table gives both spellings.
/// </summary>
public static class AwsRegionNames
{
    private static readonly Dictionary<string, string> CodesByName = RegionEndpoint.EnumerableAllRegions
        .Where(r => !string.IsNullOrEmpty(r.DisplayName))
        .GroupBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().SystemName, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Codes = RegionEndpoint.EnumerableAllRegions.Select(r => r.SystemName).ToHashSet(StringComparer.Ordinal);

    /// <summary>The region code for a code or a display name; anything else is returned as it came (it is still stored).</summary>
    public static string? ToCode(string? region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return region;
        }

        var trimmed = region.Trim();
        if (Codes.Contains(trimmed))
        {
            return trimmed;
        }

        // Billing and the Price List still say "EU (Ireland)" where the SDK's table now says "Europe (Ireland)".
        var name = trimmed.StartsWith("EU (", StringComparison.Ordinal) ? "Europe (" + trimmed["EU (".Length..] : trimmed;
        return CodesByName.GetValueOrDefault(name, trimmed);
    }
}
