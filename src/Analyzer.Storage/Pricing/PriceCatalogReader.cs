using Analyzer.Core.Pricing;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Pricing;

/// <summary>
/// Builds a <see cref="PriceCatalog"/> from the store's price tables as known on a date: for each price, the
/// newest row dated not after it (selection done in SQL, queries/prices/select/*.sql).
/// </summary>
public static class PriceCatalogReader
{
    /// <summary>The newest price of each kind dated not after <paramref name="notAfter"/>.</summary>
    public static PriceCatalog Read(DuckDbConnection connection, DateOnly notAfter) => Read(connection, notAfter, newestOnly: true, regions: null);

    /// <summary>
    /// As <see cref="Read(DuckDbConnection, DateOnly)"/>, for <paramref name="regions"/> only (instance specs are not
    /// regional and all come): an analysis reads the regions its fleet runs in, a fraction of the catalog's rows.
    /// </summary>
    public static PriceCatalog Read(DuckDbConnection connection, DateOnly notAfter, IReadOnlyCollection<string> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return Read(connection, notAfter, newestOnly: true, regions);
    }

    /// <summary>Every dated row not after <paramref name="notAfter"/>, for showing what the catalog holds.</summary>
    public static PriceCatalog ReadAllDates(DuckDbConnection connection, DateOnly notAfter) => Read(connection, notAfter, newestOnly: false, regions: null);

    public static IReadOnlyList<PriceCatalogVersion> Versions(DuckDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var versions = new List<PriceCatalogVersion>();
        using var reader = connection.ExecuteReader(QueryCatalog.Get("prices/versions"));
        while (reader.Read())
        {
            versions.Add(new PriceCatalogVersion(reader.GetDate(0), reader.GetString(1), reader.GetDateTime(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return versions;
    }

    private static PriceCatalog Read(DuckDbConnection connection, DateOnly notAfter, bool newestOnly, IReadOnlyCollection<string>? regions)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var specArgs = new Dictionary<string, object?> { ["not_after"] = notAfter, ["newest_only"] = newestOnly };
        var args = new Dictionary<string, object?>(specArgs) { ["regions"] = regions?.ToArray() };
        return PriceCatalog.Create(
            ec2Prices: Rows(connection, "ec2", args, r => new Ec2Price(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDecimal(3), Source(r, 4))
            {
                Platform = r.IsDBNull(6) ? Ec2Platforms.Linux : r.GetString(6),
                Tenancy = r.IsDBNull(7) ? Ec2Platforms.SharedTenancy : r.GetString(7),
            }),
            commitmentRates: Rows(connection, "commitment", args, r => new CommitmentRate(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetDecimal(5),
                r.IsDBNull(6) ? null : r.GetDecimal(6), Source(r, 7))),
            fargateRates: Rows(connection, "fargate", args, r => new FargateRate(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetDecimal(3), r.GetDecimal(4),
                r.IsDBNull(5) ? null : r.GetDecimal(5), Source(r, 6))),
            lambdaRates: Rows(connection, "lambda", args, r => new LambdaRate(
                r.GetString(0), r.GetString(1), r.GetDecimal(2), r.GetDecimal(3), r.GetDecimal(4), Source(r, 5))),
            instanceSpecs: Rows(connection, "instance_types", specArgs, r => new InstanceSpec(
                r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2), r.GetInt32(3), r.GetDecimal(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetBoolean(6), r.IsDBNull(7) ? null : r.GetDecimal(7), r.GetInt32(8))),
            spotAdvisorEntries: Rows(connection, "spot_advisor", args, r => new SpotAdvisorEntry(
                r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), Source(r, 4))));
    }

    private static List<T> Rows<T>(DuckDbConnection connection, string name, Dictionary<string, object?> args, Func<DuckDbDataReader, T> map)
    {
        var rows = new List<T>();
        using var reader = connection.ExecuteReader(QueryCatalog.Get($"prices/select/{name}"), args);
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static PriceSource Source(DuckDbDataReader reader, int ordinal) => new(reader.GetString(ordinal), reader.GetDate(ordinal + 1));
}
