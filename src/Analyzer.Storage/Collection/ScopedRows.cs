using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Collection;

/// <summary>
/// What every collected set does to its table inside the caller's transaction: delete the rows of its scope (an
/// account, an account and region, a range of days), then append the new rows in bulk.
/// </summary>
internal static class ScopedRows
{
    /// <param name="deleteQuery">The catalog query that deletes the scope, e.g. "collection/delete_co_asg".</param>
    public static void Replace<T>(
        DuckDbConnection connection, string deleteQuery, IReadOnlyDictionary<string, object?> scope, string table, IEnumerable<T> rows,
        Action<DuckDbAppender, T> append)
    {
        connection.Execute(QueryCatalog.Get(deleteQuery), scope);
        using var appender = connection.CreateAppender(table);
        foreach (var row in rows)
        {
            append(appender, row);
        }
    }
}
