namespace Analyzer.Core.History;

/// <summary>How a job run ended and what it found.</summary>
/// <param name="Outcome">One of <see cref="JobRunOutcomes"/>.</param>
public sealed record JobRunEnd(string Outcome)
{
    public string? Error { get; init; }

    public string? AnalysisRunId { get; init; }

    /// <summary>Data gaps: accounts, regions or calls the collection could not read.</summary>
    public int? CollectionFailures { get; init; }

    /// <summary>Data gaps the analysis run's report lists.</summary>
    public int? DataQualityIssues { get; init; }

    public decimal? MonthlySpendAnalyzed { get; init; }

    /// <summary>Savings found, USD per month.</summary>
    public decimal? MonthlySavings { get; init; }

    public string? OutputDirectory { get; init; }
}
