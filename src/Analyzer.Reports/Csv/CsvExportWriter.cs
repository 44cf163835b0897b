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
            writer.Write(string.Join(',', row.Values(model.Cover.RunId).Select(Cell).Select(Quote)));
            writer.Write('\n');
        }
    }

    public static string Render(ReportModel model)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(model, writer);
        return writer.ToString();
    }

    /// <summary>Streams the rows to the file (a 100,000-workload export is hundreds of megabytes; it is never held whole).</summary>
    public static Task WriteAsync(ReportModel model, string path, CancellationToken cancellationToken) =>
        ReportFileWriter.WriteAsync(path, async (stream, ct) =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true);
            Write(model, writer);
            await writer.FlushAsync(ct);
        }, cancellationToken);

    /// <summary>One typed value as CSV text: money to cents, percentages to one decimal, text neutralised.</summary>
    internal static string Cell(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        double d => d.ToString("0.0", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string text => ExportRow.Neutralise(text),
        _ => throw new ArgumentException($"No CSV form for a {value.GetType().Name}.", nameof(value)),
    };

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
