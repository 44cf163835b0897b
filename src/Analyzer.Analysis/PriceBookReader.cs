using Analyzer.Core.Pricing;
using Analyzer.Core.Rules;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>Reads the price catalog as known at the end of the window (newest as_of not after it) into a <see cref="PriceBook"/>.</summary>
internal static class PriceBookReader
{
    public static (PriceBook Book, DateOnly? Ec2AsOf) Read(DuckDbConnection connection, DateOnly notAfter)
    {
        var args = new Dictionary<string, object?> { ["not_after"] = notAfter, ["newest_only"] = true };
        var specs = Rows(connection, Queries.InstanceTypes, args, r => new InstanceSpec(
            r.GetString(0),
            r.GetString(1),
            r.IsDBNull(2) ? null : r.GetInt32(2),
            r.GetInt32(3),
            r.GetDecimal(4),
            r.IsDBNull(5) ? null : r.GetString(5),
            r.GetBoolean(6),
            r.IsDBNull(7) ? null : r.GetDecimal(7),
            r.GetInt32(8)));
        var ec2 = Rows(connection, Queries.Ec2Prices, args, r => new Ec2Price(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDecimal(3), Source(r, 4)));
        var commitments = Rows(connection, Queries.CommitmentPrices, args, r => new CommitmentRate(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetDecimal(5), r.IsDBNull(6) ? null : r.GetDecimal(6), Source(r, 7)));
        var fargate = Rows(connection, Queries.FargatePrices, args, r => new FargateRate(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetDecimal(3), r.GetDecimal(4), r.IsDBNull(5) ? null : r.GetDecimal(5), Source(r, 6)));
        var lambda = Rows(connection, Queries.LambdaPrices, args, r => new LambdaRate(
            r.GetString(0), r.GetString(1), r.GetDecimal(2), r.GetDecimal(3), r.GetDecimal(4), Source(r, 5)));
        var advice = Rows(connection, Queries.SpotAdvisor, args, r => new SpotAdvice(
            r.GetString(0), r.GetString(1), r.GetDecimal(2), r.GetString(3)));
        DateOnly? asOf = ec2.Count == 0 ? null : ec2.Max(p => p.Source.AsOf);
        return (new PriceBook(specs, ec2, commitments, fargate, lambda, advice), asOf);
    }

    private static PriceSource Source(DuckDbDataReader reader, int ordinal) => new(reader.GetString(ordinal), reader.GetDate(ordinal + 1));

    private static List<T> Rows<T>(DuckDbConnection connection, string query, IReadOnlyDictionary<string, object?> args, Func<DuckDbDataReader, T> map)
    {
        var rows = new List<T>();
        using var reader = connection.ExecuteReader(Queries.Get(query), args);
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
