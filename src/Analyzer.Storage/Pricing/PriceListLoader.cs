using Analyzer.Core.Pricing;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Pricing;

/// <summary>
/// Loads downloaded AWS Price List CSVs (see Collectors' PriceListClient) into the price tables with DuckDB's CSV
/// reader, dated by each file's publication date. All files go in one transaction: a refresh replaces the prices
/// of that date and region atomically, and a bad file leaves the store as it was.
/// </summary>
public static class PriceListLoader
{
    public static PriceLoadResult Load(DuckDbConnection connection, IReadOnlyList<PriceListFile> files, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(files);
        var note = $"aws price list refresh: {string.Join(", ", files.Select(f => $"{f.OfferCode} {f.Region}").Distinct())}";
        return PriceStaging.Load(connection, time, note, c =>
        {
            foreach (var file in files)
            {
                Stage(c, file);
            }
        });
    }

    private static void Stage(DuckDbConnection connection, PriceListFile file)
    {
        var read = new Dictionary<string, object?>
        {
            ["path"] = file.Path,
            ["skip"] = file.LinesBeforeHeader,
            ["region"] = file.Region,
            ["source"] = file.Source,
            ["as_of"] = file.PublicationDate,
        };
        switch (file.OfferCode)
        {
            case "AmazonEC2":
                connection.Execute(QueryCatalog.Get("prices/stage_tables_ec2_terms_reset"));
                connection.Execute(QueryCatalog.Get("prices/refresh/ec2_terms"), new Dictionary<string, object?>
                {
                    ["path"] = file.Path,
                    ["skip"] = file.LinesBeforeHeader,
                });
                var derived = new Dictionary<string, object?>
                {
                    ["region"] = file.Region,
                    ["source"] = file.Source,
                    ["as_of"] = file.PublicationDate,
                };
                connection.Execute(QueryCatalog.Get("prices/refresh/ec2_ondemand"), derived);
                connection.Execute(QueryCatalog.Get("prices/refresh/ec2_reserved"), derived);
                break;
            case "AWSComputeSavingsPlan":
                connection.Execute(QueryCatalog.Get("prices/refresh/savings_plans"), read);
                break;
            case "AWSLambda":
                connection.Execute(QueryCatalog.Get("prices/refresh/lambda"), read);
                break;
            case "AmazonECS":
                connection.Execute(QueryCatalog.Get("prices/refresh/fargate"), read);
                break;
            default:
                throw new ArgumentException($"No loader for Price List offer {file.OfferCode} ({file.Path}).", nameof(file));
        }
    }
}
