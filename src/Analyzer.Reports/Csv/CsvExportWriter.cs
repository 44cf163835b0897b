using System.Globalization;
using System.Text;
using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Csv;

/// <summary>
/// Writes recommendations.csv: RFC 4180, UTF-8 without BOM, LF line ends, one row per workload and option
/// (schema v2 in reports/SCHEMA.md). Text cells that a spreadsheet would run as a formula are prefixed with '.
/// </summary>
public static class CsvExportWriter
{
    public const string FileName = "recommendations.csv";

    public static void Write(ReportModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', ExportRow.Columns));
        writer.Write('\n');
        foreach (var row in ExportRow.From(model))
        {
            var w = row.Workload;
            var o = row.Option;
            string[] cells =
            [
                ExportRow.SchemaVersion.ToString(CultureInfo.InvariantCulture), Text(model.Cover.RunId), Text(w.WorkloadId), Text(w.Name),
                Text(w.AccountId), Text(w.Region), row.Kind, Text(row.Team), Text(w.CurrentConfiguration), Money(w.CurrentMonthlyCost),
                o?.Family.ToName() ?? string.Empty, o?.Category.ToName() ?? string.Empty, Text(o?.Configuration), Money(o?.MonthlyCost),
                Money(row.MonthlySavings), Bool(o?.Recommended), Bool(o?.Feasible), o is null ? string.Empty : ExportRow.LevelName(o.Effort), o is null ? string.Empty : ExportRow.LevelName(o.Risk),
                o is null ? string.Empty : ExportRow.LevelName(o.Confidence), Number(w.CpuP95Percent), Number(w.MemoryP95Percent), Text(o?.Rationale),
                .. row.AwsComparisons.SelectMany(a => Comparison(a.Comparison)),
            ];
            writer.Write(string.Join(',', cells.Select(Quote)));
            writer.Write('\n');
        }
    }

    public static string Render(ReportModel model)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(model, writer);
        return writer.ToString();
    }

    public static Task WriteAsync(ReportModel model, string path, CancellationToken cancellationToken) =>
        ReportFileWriter.WriteAsync(path, new UTF8Encoding(false).GetBytes(Render(model)), cancellationToken);

    private static string[] Comparison(ComputeOptimizerComparison? c) =>
        [Text(c?.Finding), Text(c?.RecommendedConfiguration), Money(c?.EstimatedMonthlySavingsUsd), c?.Agreement.ToName() ?? string.Empty, Text(c?.Reason)];

    private static string Money(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Bool(bool? value) => value switch { true => "true", false => "false", null => string.Empty };

    private static string Text(string? value) => Protect(UntrustedText.CleanOrNull(value));

    private static string Protect(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? string.Empty;

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
