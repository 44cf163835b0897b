using Analyzer.Core.History;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.History;

/// <summary>The run history (table job_runs): a row when a job run starts, completed when it ends, read newest first.</summary>
public sealed class RunHistory(AnalyzerStore store, TimeProvider time)
{
    /// <summary>Records a run that starts now; returns its id.</summary>
    public string Start(string job, string trigger)
    {
        ArgumentException.ThrowIfNullOrEmpty(job);
        ArgumentException.ThrowIfNullOrEmpty(trigger);
        var at = time.GetUtcNow();
        var id = Guid.CreateVersion7(at).ToString("N");
        using var connection = store.Connect();
        connection.Execute(QueryCatalog.Get("history/start_job_run"), new Dictionary<string, object?>
        {
            ["job_run_id"] = id,
            ["job"] = job,
            ["trigger"] = trigger,
            ["started_at"] = at.UtcDateTime,
        });
        return id;
    }

    /// <summary>Completes the row of <paramref name="jobRunId"/>, ended now.</summary>
    public void Finish(string jobRunId, JobRunEnd end)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobRunId);
        ArgumentNullException.ThrowIfNull(end);
        using var connection = store.Connect();
        connection.Execute(QueryCatalog.Get("history/finish_job_run"), new Dictionary<string, object?>
        {
            ["job_run_id"] = jobRunId,
            ["finished_at"] = time.GetUtcNow().UtcDateTime,
            ["outcome"] = end.Outcome,
            ["error"] = end.Error,
            ["analysis_run_id"] = end.AnalysisRunId,
            ["collection_failures"] = end.CollectionFailures,
            ["data_quality_issues"] = end.DataQualityIssues,
            ["monthly_spend_analyzed"] = end.MonthlySpendAnalyzed,
            ["monthly_savings"] = end.MonthlySavings,
            ["output_directory"] = end.OutputDirectory,
        });
    }

    /// <summary>The latest <paramref name="limit"/> runs, newest first.</summary>
    public IReadOnlyList<JobRun> Latest(int limit = 50)
    {
        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(QueryCatalog.Get("history/latest_job_runs"), new Dictionary<string, object?> { ["limit"] = (long)limit });
        var runs = new List<JobRun>();
        while (reader.Read())
        {
            runs.Add(Read(reader));
        }

        return runs;
    }

    private static JobRun Read(DuckDbDataReader reader)
    {
        string? Text(string column) => reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetString(reader.GetOrdinal(column));
        int? Int(string column) => reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetInt32(reader.GetOrdinal(column));
        decimal? Money(string column) => reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetDecimal(reader.GetOrdinal(column));
        var finished = reader.GetOrdinal("finished_at");
        var end = new JobRunEnd(reader.GetString(reader.GetOrdinal("outcome")))
        {
            Error = Text("error"),
            AnalysisRunId = Text("analysis_run_id"),
            CollectionFailures = Int("collection_failures"),
            DataQualityIssues = Int("data_quality_issues"),
            MonthlySpendAnalyzed = Money("monthly_spend_analyzed"),
            MonthlySavings = Money("monthly_savings"),
            OutputDirectory = Text("output_directory"),
        };
        return new JobRun(
            reader.GetString(reader.GetOrdinal("job_run_id")),
            reader.GetString(reader.GetOrdinal("job")),
            reader.GetString(reader.GetOrdinal("trigger")),
            DateTime.SpecifyKind(reader.GetDateTime(reader.GetOrdinal("started_at")), DateTimeKind.Utc),
            reader.IsDBNull(finished) ? null : DateTime.SpecifyKind(reader.GetDateTime(finished), DateTimeKind.Utc),
            end);
    }
}
