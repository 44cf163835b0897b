using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage;

/// <summary>
/// Keeps sample_spans (each source and workload's first and last stored hour, migration 0023) equal to what
/// utilization_hourly holds while a load replaces samples, in the load's transaction: it finds from the spans, not
/// from the samples, which stored rows a batch replaces; deletes only those and reads their workloads' spans again;
/// and widens or adds the spans of what the batch appended. So a batch that replaces nothing (most batches of a large
/// first load) reads one row per stored workload, where the check before read every sample of its window.
/// </summary>
internal static class SampleSpans
{
    /// <summary>Deletes the stored samples, in the batch's source and window, of the workloads it names (load_workloads).</summary>
    /// <param name="window">The batch's source, window_start and window_end.</param>
    public static void ReplaceNamed(DuckDbConnection connection, IReadOnlyDictionary<string, object?> window)
    {
        connection.Execute(QueryCatalog.Get("store/load/find_replaced"), window);
        DeleteReplaced(connection, window);
    }

    /// <summary>
    /// Whether one workload the batch has samples of but does not name has a span in the batch's source that reaches
    /// into its window; when it has, the span is kept for <see cref="ReplaceFound"/>, which the caller runs once it has
    /// flushed its appender.
    /// </summary>
    public static bool FindOne(DuckDbConnection connection, IReadOnlyDictionary<string, object?> window, string workloadId) =>
        connection.Execute(
            QueryCatalog.Get("store/load/find_replaced_of"),
            new Dictionary<string, object?>(window) { ["workload_id"] = workloadId }) > 0;

    /// <summary>Deletes the stored samples, in the batch's source and window, of the workload <see cref="FindOne"/> found.</summary>
    public static void ReplaceFound(DuckDbConnection connection, IReadOnlyDictionary<string, object?> window) =>
        DeleteReplaced(connection, window);

    /// <summary>Widens the source's spans to hold the appended samples, or adds them: one (id, first, last) per workload.</summary>
    public static void Extend(DuckDbConnection connection, string source, IEnumerable<(string WorkloadId, DateTime First, DateTime Last)> appended)
    {
        using (var spans = connection.CreateAppender("load_spans"))
        {
            foreach (var (id, first, last) in appended)
            {
                spans.Append(id).Append(first).Append(last).EndRow();
            }
        }

        var bound = new Dictionary<string, object?> { ["source"] = source };
        connection.Execute(QueryCatalog.Get("store/load/extend_spans"), bound);
        connection.Execute(QueryCatalog.Get("store/load/insert_spans"), bound);
    }

    // The spans in load_replaced say between which hours their rows lie: the delete and the re-read bind them, so they
    // skip the row groups outside (an incremental collection's window, after what the store holds). load_replaced is
    // left empty for the next find.
    private static void DeleteReplaced(DuckDbConnection connection, IReadOnlyDictionary<string, object?> window)
    {
        DateTime first;
        DateTime last;
        using (var bounds = connection.ExecuteReader(QueryCatalog.Get("store/load/replaced_bounds")))
        {
            bounds.Read();
            if (bounds.GetInt64(bounds.GetOrdinal("workloads")) == 0)
            {
                return;
            }

            first = bounds.GetDateTime(bounds.GetOrdinal("first_hour"));
            last = bounds.GetDateTime(bounds.GetOrdinal("last_hour"));
        }

        connection.Execute(
            QueryCatalog.Get("store/load/delete_samples"),
            new Dictionary<string, object?>(window) { ["first_hour"] = first, ["last_hour"] = last });
        var source = new Dictionary<string, object?> { ["source"] = window["source"] };
        connection.Execute(QueryCatalog.Get("store/load/drop_replaced_spans"), source);
        connection.Execute(
            QueryCatalog.Get("store/load/respan_replaced"),
            new Dictionary<string, object?>(source) { ["first_hour"] = first, ["last_hour"] = last });
        connection.Execute(QueryCatalog.Get("store/load/clear_replaced"));
    }
}
