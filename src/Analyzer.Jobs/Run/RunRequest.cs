using Analyzer.Collectors.S3;
using Analyzer.Core.Settings;
using Analyzer.Jobs.Collect;
using Analyzer.Reports;
using Analyzer.Reports.Pdf;

namespace Analyzer.Jobs.Run;

/// <summary>What one whole run does: the collection, the analysis settings, the reports and where they go.</summary>
/// <param name="OutputDirectory">Full path of the folder the reports are written into.</param>
public sealed record RunRequest(CollectRequest Collect, AnalysisSettings Settings, IReadOnlyList<ReportOutput> Outputs, string OutputDirectory)
{
    /// <summary>Where to upload the reports (under <c>prefix/&lt;run id&gt;/</c>); null: not uploaded.</summary>
    public S3ExportLocation? Upload { get; init; }

    public PaperSize Paper { get; init; } = PaperSize.A4;

    public RunSource Source { get; init; } = RunSource.Aws;

    /// <summary>End of the analysed window (UTC); null: the start of today. A merge pins it to its run's period.</summary>
    public DateTime? WindowEnd { get; init; }
}
