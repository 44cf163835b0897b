using System.Globalization;
using Analyzer.Core.Ingest;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage;

/// <summary>
/// The Analyzer database: a DuckDB file migrated to this build's schema. Collectors' batches go in through
/// <see cref="Load"/>; analysis reads through <see cref="Connect"/>.
/// </summary>
public sealed class AnalyzerStore : IDisposable
{
    private readonly DuckDbDatabase database;
    private readonly TimeProvider time;
    private readonly Lock loadGate = new();

    private AnalyzerStore(DuckDbDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    public string Path => database.Path;

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/> and applies pending migrations.</summary>
    public static AnalyzerStore Open(string path, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var database = DuckDbDatabase.Open(path);
        try
        {
            using (var connection = database.Connect())
            {
                new SchemaMigrator(time).Migrate(connection);
            }

            return new AnalyzerStore(database, time);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>A new connection; one per thread.</summary>
    public DuckDbConnection Connect() => database.Connect();

    /// <summary>
    /// Loads one batch in one transaction, replacing what the store held for the batch's source, scope and window,
    /// and records a collection run. On failure nothing of the batch stays, a failed run is recorded, and the
    /// exception is rethrown.
    /// </summary>
    public IngestResult Load(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var runId = Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
        var startedAt = time.GetUtcNow().UtcDateTime;

        // Concurrent loads could touch the same rows and fail on DuckDB's write conflicts; one at a time is plenty.
        lock (loadGate)
        {
            using var connection = Connect();
            try
            {
                IngestResult result;
                using (var transaction = connection.BeginTransaction())
                {
                    result = LoadInTransaction(connection, batch, runId, startedAt);
                    transaction.Commit();
                }

                return result;
            }
            catch (Exception ex)
            {
                RecordFailure(batch, runId, startedAt, ex);
                throw;
            }
        }
    }

    /// <summary>
    /// Removes, in one transaction, the workloads of <paramref name="source"/> that are not in
    /// <paramref name="current"/> (its latest full inventory), with their samples and cost lines. Returns how many
    /// workloads went.
    /// </summary>
    public long RetireWorkloads(string source, IEnumerable<string> current)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentNullException.ThrowIfNull(current);
        lock (loadGate)
        {
            using var connection = Connect();
            using var transaction = connection.BeginTransaction();
            connection.Execute(QueryCatalog.Get("store/retire/create_keep"));
            connection.Execute(QueryCatalog.Get("store/retire/set_params"), new Dictionary<string, object?> { ["source"] = source });
            using (var keep = connection.CreateAppender("retire_keep"))
            {
                foreach (var id in current)
                {
                    keep.Append(id).EndRow();
                }
            }

            var before = connection.ExecuteScalar<long>(QueryCatalog.Get("store/count_workloads"));
            connection.Execute(QueryCatalog.Get("store/retire/apply"));
            var retired = before - connection.ExecuteScalar<long>(QueryCatalog.Get("store/count_workloads"));
            transaction.Commit();
            return retired;
        }
    }

    public void Dispose() => database.Dispose();

    private IngestResult LoadInTransaction(DuckDbConnection connection, IngestBatch batch, string runId, DateTime startedAt)
    {
        connection.Execute(QueryCatalog.Get("store/load/create_staging"));
        var window = new Dictionary<string, object?>
        {
            ["source"] = batch.Source,
            ["window_start"] = batch.Window.Start,
            ["window_end"] = batch.Window.End,
        };
        connection.Execute(QueryCatalog.Get("store/load/set_params"), window);

        // Inventory first: SampleLoader deletes the samples the batch replaces, then appends straight into their table.
        IngestStager.StageInventory(connection, batch, startedAt);
        connection.Execute(QueryCatalog.Get("store/load/apply_inventory"));
        var (samples, samplesOutside) = SampleLoader.Append(connection, batch, window);
        IngestStager.StageCostLines(connection, batch);

        using (var counts = connection.ExecuteReader(QueryCatalog.Get("store/load/staged_counts")))
        {
            counts.Read();
            var result = new IngestResult(runId, counts.GetInt32(0), counts.GetInt32(1), checked((int)samples), counts.GetInt32(2));
            CheckWindow(batch, samplesOutside, counts.GetInt64(3));
            connection.Execute(QueryCatalog.Get("store/load/delete_cost_lines"), window);
            connection.Execute(QueryCatalog.Get("store/load/apply"));
            RecordRun(connection, batch, runId, startedAt, "succeeded", error: null, result);
            return result;
        }
    }

    private static void CheckWindow(IngestBatch batch, long samplesOutside, long costLinesOutside)
    {
        if (samplesOutside > 0 || costLinesOutside > 0)
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"Batch from {batch.Source} has {samplesOutside} sample(s) and {costLinesOutside} cost line(s) outside its window {batch.Window}."),
                nameof(batch));
        }
    }

    private void RecordFailure(IngestBatch batch, string runId, DateTime startedAt, Exception ex)
    {
        try
        {
            // A fresh connection: the load's may be left in an aborted transaction after a failed COMMIT.
            using var connection = Connect();
            using var transaction = connection.BeginTransaction();
            RecordRun(connection, batch, runId, startedAt, "failed", ex.Message, result: null);
            transaction.Commit();
        }
        catch (StorageException)
        {
            // The store itself is failing (disk full, file gone); the load's own exception is the one to report.
        }
    }

    private void RecordRun(
        DuckDbConnection connection, IngestBatch batch, string runId, DateTime startedAt, string status, string? error, IngestResult? result)
    {
        var regions = batch.Workloads.Select(w => w.Region).Distinct(StringComparer.Ordinal).Take(2).ToList();
        connection.Execute(QueryCatalog.Get("store/record_run"), new Dictionary<string, object?>
        {
            ["run_id"] = runId,
            ["source"] = batch.Source,
            ["account_id"] = batch.AccountIds.Count == 1 ? batch.AccountIds[0] : null,
            ["region"] = regions.Count == 1 ? regions[0] : null,
            ["window_start"] = batch.Window.Start,
            ["window_end"] = batch.Window.End,
            ["started_at"] = startedAt,
            ["finished_at"] = time.GetUtcNow().UtcDateTime,
            ["status"] = status,
            ["error"] = error,
            ["rows_accounts"] = result?.Accounts,
            ["rows_workloads"] = result?.Workloads,
            ["rows_samples"] = (long?)result?.Samples,
            ["rows_cost_lines"] = (long?)result?.CostLines,
        });
    }
}
