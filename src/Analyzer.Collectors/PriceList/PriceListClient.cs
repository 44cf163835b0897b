using System.Net;
using Analyzer.Core.Pricing;

namespace Analyzer.Collectors.PriceList;

/// <summary>
/// Downloads AWS Price List bulk files (public, no credentials): an offer's region_index.json, then the region's
/// CSV, streamed to disk and checked before anything is loaded. The base URL is configurable so tests serve the
/// same layout from 127.0.0.1.
/// </summary>
public sealed class PriceListClient
{
    public static readonly Uri DefaultBaseUri = new("https://pricing.us-east-1.amazonaws.com");

    private readonly HttpClient http;
    private readonly Uri baseUri;

    public PriceListClient(HttpClient http, Uri? baseUri = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        this.http = http;
        this.baseUri = baseUri ?? DefaultBaseUri;
    }

    /// <summary>Downloads every offer Analyzer prices from for <paramref name="region"/> into <paramref name="directory"/>.</summary>
    public async Task<IReadOnlyList<PriceListFile>> DownloadRegionAsync(string region, string directory, CancellationToken cancellationToken)
    {
        var files = new List<PriceListFile>();
        foreach (var offer in PriceListOffer.All)
        {
            files.Add(await DownloadAsync(offer, region, directory, cancellationToken));
        }

        return files;
    }

    public async Task<PriceListFile> DownloadAsync(PriceListOffer offer, string region, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        Directory.CreateDirectory(directory);

        var indexUri = new Uri(baseUri, offer.RegionIndexPath);
        RegionIndex index;
        using (var response = await GetAsync(indexUri, offer, region, cancellationToken))
        {
            await using var json = await response.Content.ReadAsStreamAsync(cancellationToken);
            index = RegionIndex.Parse(offer.Code, json);
        }

        var csvUri = new Uri(baseUri, index.CsvPath(offer.Code, region));
        var path = Path.Combine(directory, $"{offer.Code}-{region}.csv");
        var partial = path + ".partial";
        using (var response = await GetAsync(csvUri, offer, region, cancellationToken))
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await body.CopyToAsync(file, cancellationToken);
        }

        // Only a complete download gets the final name, so a half file is never loaded.
        File.Move(partial, path, overwrite: true);
        var header = PriceListCsvHeader.Read(path, offer, region);
        return new PriceListFile(offer.Code, region, path, header.PublicationDate, header.Version, header.LinesBeforeHeader, csvUri);
    }

    private async Task<HttpResponseMessage> GetAsync(Uri uri, PriceListOffer offer, string region, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new PriceListException($"{offer.Code} {region}: GET {uri} failed: {e.Message}", isTransient: true, e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        var status = response.StatusCode;
        response.Dispose();
        var transient = status == HttpStatusCode.TooManyRequests || (int)status >= 500;
        throw new PriceListException($"{offer.Code} {region}: GET {uri} returned {(int)status} {status}.", transient);
    }
}
