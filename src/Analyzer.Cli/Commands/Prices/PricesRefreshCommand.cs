using System.CommandLine;
using System.Globalization;
using Analyzer.Collectors.PriceList;
using Analyzer.Core.Pricing;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Pricing;

namespace Analyzer.Cli.Commands.Prices;

/// <summary>
/// <c>analyzer prices refresh --region R...</c>: download the public AWS Price List bulk files for the regions
/// (EC2 with RIs, Compute Savings Plans, Lambda, ECS for Fargate) and load them in one transaction, dated by their
/// publication date. Every file is downloaded and checked before the store is touched.
/// </summary>
public static class PricesRefreshCommand
{
    public static Command Create(Option<string> databaseOption, TimeProvider time, Func<HttpClient> httpClientFactory)
    {
        var regions = new Option<string[]>("--region")
        {
            Description = "Region(s) to refresh, e.g. --region us-east-1 eu-west-1.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var baseUrl = new Option<Uri>("--base-url")
        {
            Description = "Price List endpoint.",
            DefaultValueFactory = _ => PriceListClient.DefaultBaseUri,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                {
                    return uri;
                }

                result.AddError($"--base-url must be an absolute http(s) URL, not '{text}'.");
                return null;
            },
        };
        var downloadDirectory = new Option<string?>("--download-dir") { Description = "Keep the downloaded CSVs here (default: a temp folder, deleted)." };
        var command = new Command("refresh", "Add prices from the public AWS Price List for the given regions.") { regions, baseUrl, downloadDirectory };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse, parse.GetRequiredValue(databaseOption), parse.GetRequiredValue(regions), parse.GetRequiredValue(baseUrl),
            parse.GetValue(downloadDirectory), time, httpClientFactory, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult parse,
        string database,
        string[] regions,
        Uri baseUrl,
        string? keepIn,
        TimeProvider time,
        Func<HttpClient> httpClientFactory,
        CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var directory = keepIn ?? Path.Combine(Path.GetTempPath(), $"analyzer-prices-{Guid.NewGuid():N}");
        try
        {
            var files = new List<PriceListFile>();
            using (var http = httpClientFactory())
            {
                var client = new PriceListClient(http, baseUrl);
                foreach (var region in regions)
                {
                    output.WriteLine($"Downloading the AWS Price List for {region} from {baseUrl} ...");
                    files.AddRange(await client.DownloadRegionAsync(region, directory, cancellationToken));
                }
            }

            using var store = AnalyzerStore.Open(database, time);
            using var connection = store.Connect();
            var result = PriceListLoader.Load(connection, files, time);
            foreach (var file in files)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {file.Region} {file.OfferCode}: published {file.PublicationDate:yyyy-MM-dd}, {file.SourceUrl}"));
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Loaded {result.Ec2Prices} on-demand prices, {result.CommitmentRates} Savings Plans and RI rates, {result.FargateRates} Fargate and {result.LambdaRates} Lambda rates."));
            return ExitCodes.Success;
        }
        catch (PriceListException e)
        {
            error.WriteLine($"prices refresh failed, the store was not changed: {e.Message}");
            return ExitCodes.Collection;
        }
        catch (StorageException e)
        {
            error.WriteLine($"prices refresh failed to load, the store was not changed: {e.Message}");
            return ExitCodes.Storage;
        }
        finally
        {
            if (keepIn is null && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
