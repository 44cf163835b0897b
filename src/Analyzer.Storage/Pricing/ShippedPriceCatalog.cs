using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Pricing;

/// <summary>
/// Loads the price catalog shipped with the product (catalog/pricing/*.csv, copied beside the binaries) into the
/// store's price tables with DuckDB's CSV reader. Each file is loaded with the label and date provenance.csv
/// gives it; re-loading replaces the same source and date, never duplicates.
/// </summary>
public static class ShippedPriceCatalog
{
    // File to staging query; the order loads specs first only for readability of errors.
    private static readonly (string File, string Query)[] Files =
    [
        ("instance_types.csv", "prices/catalog/instance_types"),
        ("ec2_ondemand.csv", "prices/catalog/ec2_ondemand"),
        ("ec2_spot.csv", "prices/catalog/ec2_spot"),
        ("ec2_spot_advisor.csv", "prices/catalog/ec2_spot_advisor"),
        ("savings_plans.csv", "prices/catalog/savings_plans"),
        ("reserved.csv", "prices/catalog/reserved"),
        ("fargate.csv", "prices/catalog/fargate"),
        ("lambda.csv", "prices/catalog/lambda"),
    ];

    /// <summary>Where the catalog is at run time: catalog/pricing beside the application's binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "catalog", "pricing");

    public static PriceLoadResult Load(DuckDbConnection connection, TimeProvider time, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(time);
        directory ??= DefaultDirectory;
        var manifest = ReadManifest(connection, directory);
        return PriceStaging.Load(connection, time, $"shipped catalog ({directory})", c =>
        {
            foreach (var (file, query) in Files)
            {
                if (!manifest.TryGetValue(file, out var entry))
                {
                    throw new InvalidOperationException($"{Path.Combine(directory, "provenance.csv")} has no row for {file}.");
                }

                var path = Path.Combine(directory, file);
                if (!File.Exists(path))
                {
                    throw new PriceCatalogMissingException($"The shipped price catalog lacks {path}.", path);
                }

                c.Execute(QueryCatalog.Get(query), new Dictionary<string, object?>
                {
                    ["path"] = path,
                    ["source"] = entry.Source,
                    ["as_of"] = entry.AsOf,
                });
            }
        });
    }

    /// <summary>
    /// Loads the shipped catalog unless the store already holds every source its manifest names (a newer release
    /// with new sources loads again). Returns null when nothing was loaded.
    /// </summary>
    public static PriceLoadResult? EnsureLoaded(DuckDbConnection connection, TimeProvider time, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        directory ??= DefaultDirectory;
        var manifest = ReadManifest(connection, directory);
        var held = PriceCatalogReader.Versions(connection).Select(v => v.Source).ToHashSet(StringComparer.Ordinal);
        return manifest.Values.All(m => held.Contains(m.Source)) ? null : Load(connection, time, directory);
    }

    private static Dictionary<string, (DateOnly? AsOf, string Source)> ReadManifest(DuckDbConnection connection, string directory)
    {
        var path = Path.Combine(directory, "provenance.csv");
        if (!File.Exists(path))
        {
            throw new PriceCatalogMissingException(
                $"The shipped price catalog is not at {directory}: {path} is missing. It is copied beside the binaries at build time.", path);
        }

        var manifest = new Dictionary<string, (DateOnly?, string)>(StringComparer.Ordinal);
        using var reader = connection.ExecuteReader(QueryCatalog.Get("prices/catalog/provenance"), new Dictionary<string, object?> { ["path"] = path });
        while (reader.Read())
        {
            manifest[reader.GetString(0)] = (reader.IsDBNull(1) ? null : reader.GetDate(1), reader.GetString(2));
        }

        return manifest;
    }
}
