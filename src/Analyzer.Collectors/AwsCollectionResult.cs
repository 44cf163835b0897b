using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors;

/// <summary>
/// How a collection run ended: the failures it recorded instead of stopping, how many batches it handed over
/// for commit, and the call counts (paid requests, metrics requested).
/// </summary>
public sealed record AwsCollectionResult(
    IReadOnlyList<CollectionFailure> Failures,
    int BatchesCommitted,
    AwsCallCounter Counter)
{
    /// <summary>Things worth telling that are not failures, e.g. an account not enrolled in Compute Optimizer.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
