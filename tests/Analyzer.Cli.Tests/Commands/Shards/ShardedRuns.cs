namespace Analyzer.Cli.Tests.Commands.Shards;

/// <summary>What <see cref="ShardedOrganization"/>'s runs printed and where their stores are.</summary>
public sealed record ShardedRuns(
    (int Code, string Output, string Error) Whole,
    IReadOnlyList<(int Code, string Output, string Error)> Shards,
    (int Code, string Output, string Error) Merge,
    string SingleStore,
    string MergedStore);
