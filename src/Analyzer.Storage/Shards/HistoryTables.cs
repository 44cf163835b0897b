namespace Analyzer.Storage.Shards;

/// <summary>
/// The analysis results a merge also writes in the history layout Athena reads (docs/history.md):
/// <c>&lt;table&gt;/period=YYYY-MM-DD/account_id=NNNNNNNNNNNN/data_0.parquet</c>, or without the account folder for
/// organisation-wide tables. docker/athena/&lt;table&gt;.sql defines each for Athena; a test checks their columns against
/// the store's.
/// </summary>
public static class HistoryTables
{
    /// <summary>Each table and whether its files are partitioned by account.</summary>
    public static IReadOnlyList<(string Table, bool ByAccount)> All { get; } =
    [
        ("workloads", true),
        ("recommendations", true),
        ("workload_options", true),
        ("workload_profiles", true),
        ("commitment_candidates", false),
    ];
}
