namespace Analyzer.Reports;

/// <summary>The files a report run can write.</summary>
public enum ReportOutput
{
    Html,
    Pdf,
    Csv,
    Json,
    Xlsx,
}
