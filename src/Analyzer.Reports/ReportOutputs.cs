namespace Analyzer.Reports;

/// <summary>Parses the CLI's "--format html,pdf,csv,json,xlsx" list.</summary>
public static class ReportOutputs
{
    public static IReadOnlyList<ReportOutput> All { get; } = [ReportOutput.Html, ReportOutput.Pdf, ReportOutput.Csv, ReportOutput.Json, ReportOutput.Xlsx];

    /// <exception cref="FormatException">An unknown format name.</exception>
    public static IReadOnlyList<ReportOutput> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.ToLowerInvariant() switch
            {
                "html" => ReportOutput.Html,
                "pdf" => ReportOutput.Pdf,
                "csv" => ReportOutput.Csv,
                "json" => ReportOutput.Json,
                "xlsx" => ReportOutput.Xlsx,
                _ => throw new FormatException($"'{name}' is not a report format; expected html, pdf, csv, json or xlsx."),
            })
            .Distinct()
            .ToList();
    }
}
