namespace Analyzer.Jobs.Shards;

/// <summary>How a merge of shards ended: its status, the shards' collection failures summed, and the rows now in each table.</summary>
public sealed record MergeOutcome(JobStatus Status, int CollectionFailures, IReadOnlyDictionary<string, long> Rows);
