namespace Analyzer.Core.Reporting;

/// <summary>One service or purchase option of the AWS compute landscape and what Analyzer does with it.</summary>
/// <param name="Kind">"purchase option", "service" or "platform".</param>
/// <param name="Status">"analyzed", "priced as an option", "reported" or "out of scope".</param>
/// <param name="What">What Analyzer does, or why it does not.</param>
public sealed record CoverageEntry(string Name, string Kind, string Status, string What);
