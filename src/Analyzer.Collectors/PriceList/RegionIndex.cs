using System.Text.Json;

namespace Analyzer.Collectors.PriceList;

/// <summary>
/// An offer's region_index.json: region code to the URL of that region's current price list. Offers write
/// <c>"regions": { "us-east-1": { "regionCode", "currentVersionUrl" } }</c>; Savings Plans write
/// <c>"regions": [ { "regionCode", "versionUrl" } ]</c>. Both are read.
/// </summary>
internal sealed class RegionIndex
{
    private readonly Dictionary<string, string> urls;

    private RegionIndex(Dictionary<string, string> urls) => this.urls = urls;

    public IReadOnlyList<string> Regions => [.. urls.Keys.Order(StringComparer.Ordinal)];

    public static RegionIndex Parse(string offerCode, Stream json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("regions", out var regions))
            {
                throw new PriceListException($"{offerCode} region index has no \"regions\" property.");
            }

            var urls = new Dictionary<string, string>(StringComparer.Ordinal);
            IEnumerable<JsonElement> entries = regions.ValueKind switch
            {
                JsonValueKind.Object => regions.EnumerateObject().Select(p => p.Value),
                JsonValueKind.Array => regions.EnumerateArray(),
                _ => throw new PriceListException($"{offerCode} region index \"regions\" is a {regions.ValueKind}, not an object or array."),
            };
            foreach (var entry in entries)
            {
                var code = entry.GetProperty("regionCode").GetString();
                var url = entry.TryGetProperty("currentVersionUrl", out var current) ? current.GetString()
                    : entry.TryGetProperty("versionUrl", out var version) ? version.GetString()
                    : null;
                if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(url))
                {
                    throw new PriceListException($"{offerCode} region index has an entry without regionCode or version URL.");
                }

                urls[code] = url;
            }

            return new RegionIndex(urls);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new PriceListException($"{offerCode} region index is not in the Price List layout: {e.Message}", e);
        }
    }

    /// <summary>The path of the region's CSV: the version URL with .csv in place of .json.</summary>
    public string CsvPath(string offerCode, string region)
    {
        if (!urls.TryGetValue(region, out var url))
        {
            throw new PriceListException(
                $"{offerCode} has no price list for region {region}; its region index lists: {string.Join(", ", Regions)}");
        }

        return url.EndsWith(".json", StringComparison.Ordinal) ? string.Concat(url.AsSpan(0, url.Length - 5), ".csv") : url;
    }
}
