using Analyzer.Core.History;
using Analyzer.Core.Reporting;

namespace Analyzer.Jobs.Run;

/// <summary>How a run (or one of its parts) ended: its status, the analysis run it wrote and the reports, and what it found.</summary>
public sealed record RunResult(JobStatus Status, string? AnalysisRunId, IReadOnlyList<string> Reports)
{
    /// <summary>Accounts, regions or calls the collection could not read; null when it did not collect.</summary>
    public int? CollectionFailures { get; init; }

    /// <summary>Every collection failure was transient (throttling, a timeout): trying again later may succeed.</summary>
    public bool Transient { get; init; }

    public int? DataQualityIssues { get; init; }

    public decimal? MonthlySpendAnalyzed { get; init; }

    public decimal? MonthlySavings { get; init; }

    public string? OutputDirectory { get; init; }

    /// <summary>This result with what the analysis run's report model says it found.</summary>
    public RunResult With(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return this with
        {
            DataQualityIssues = model.DataQuality.Issues.Count,
            MonthlySpendAnalyzed = model.Summary.MonthlySpendAnalyzed,
            MonthlySavings = model.Summary.TotalMonthlySavings,
        };
    }

    /// <summary>The run history's row end for this result.</summary>
    public JobRunEnd ToHistory() => new(Status switch
    {
        JobStatus.Succeeded => JobRunOutcomes.Succeeded,
        JobStatus.CollectionFailed => JobRunOutcomes.CollectionFailed,
        JobStatus.ReportFailed => JobRunOutcomes.ReportFailed,
        JobStatus.NothingFound => JobRunOutcomes.NothingFound,
        _ => JobRunOutcomes.Failed,
    })
    {
        AnalysisRunId = AnalysisRunId,
        CollectionFailures = CollectionFailures,
        DataQualityIssues = DataQualityIssues,
        MonthlySpendAnalyzed = MonthlySpendAnalyzed,
        MonthlySavings = MonthlySavings,
        OutputDirectory = OutputDirectory,
    };
}
