using Analyzer.Storage;

namespace Analyzer.Cli.Tests.Reliability;

/// <summary>Reads a few facts from a store file a child process left (it must open: a kill never corrupts it).</summary>
internal static class StoreProbe
{
    public static string Scalar(string path, string sql)
    {
        using var store = AnalyzerStore.Open(path, TimeProvider.System);
        using var connection = store.Connect();
        return connection.ExecuteScalar<string>(sql) ?? string.Empty;
    }

    /// <summary>What a collection loaded: workloads, hourly samples, cost lines and their total.</summary>
    public static string Collected(string path) => Scalar(path,
        "SELECT (SELECT count(*) FROM workloads)::VARCHAR || '|' || (SELECT count(*) FROM utilization_hourly)::VARCHAR || '|' || "
        + "(SELECT count(*) FROM cost_daily)::VARCHAR || '|' || (SELECT coalesce(sum(unblended_cost), 0) FROM cost_daily)::VARCHAR");
}
