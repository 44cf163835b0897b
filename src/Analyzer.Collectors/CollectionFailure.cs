namespace Analyzer.Collectors;

/// <summary>One account/region/source that could not be collected; the run carried on without it.</summary>
/// <param name="Region">The region, or "global" for Cost Explorer.</param>
/// <param name="MissingIamAction">For access errors, the action the role lacks (e.g. "ec2:DescribeInstances").</param>
public sealed record CollectionFailure(
    string AccountId,
    string Region,
    string Source,
    string Message,
    string? ErrorCode,
    string? MissingIamAction,
    bool IsTransient);
