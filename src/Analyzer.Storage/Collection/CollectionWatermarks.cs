using Analyzer.Core.Collection;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Collection;

/// <summary>
/// Reads and advances <see cref="CollectionWatermark"/>s (table collection_watermarks). Advance only after the batch
/// a watermark covers has committed: then an interrupted run can only refetch, never skip.
/// </summary>
public sealed class CollectionWatermarks(AnalyzerStore store, TimeProvider time)
{
    public IReadOnlyList<CollectionWatermark> ReadAll()
    {
        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(QueryCatalog.Get("collection/watermarks"));
        var marks = new List<CollectionWatermark>();
        while (reader.Read())
        {
            marks.Add(new CollectionWatermark(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDate(3)));
        }

        return marks;
    }

    /// <summary>Moves each watermark forward in one transaction; one that is behind the stored day is ignored.</summary>
    public void Advance(IEnumerable<CollectionWatermark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var updatedAt = time.GetUtcNow().UtcDateTime;
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        var sql = QueryCatalog.Get("collection/advance_watermark");
        foreach (var mark in marks)
        {
            connection.Execute(sql, new Dictionary<string, object?>
            {
                ["source"] = mark.Source,
                ["account_id"] = mark.AccountId,
                ["region"] = mark.Region,
                ["closed_through"] = mark.ClosedThrough,
                ["updated_at"] = updatedAt,
            });
        }

        transaction.Commit();
    }
}
