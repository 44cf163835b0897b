using System.Globalization;
using System.Text;
using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Csv;

/// <summary>
/// Writes commitment_layers.csv beside commitments.csv: one row per layer of the layered portfolio (Standard RIs per
/// family and region, then the Compute Savings Plan) with the most net savings (reports/SCHEMA.md); only the header
/// when there is none. RFC 4180, UTF-8, LF line ends.
/// </summary>
public static class CommitmentLayerCsvWriter
{
    public const string FileName = "commitment_layers.csv";

    public static readonly string[] Columns =
    [
        "run_id", "layer", "type", "scope", "term_years", "payment", "recommended", "instance_type", "instance_count", "hourly_commitment_usd",
        "upfront_usd", "monthly_net_savings_usd", "utilization_percent", "coverage_percent", "break_even_month",
    ];

    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder().Append(string.Join(',', Columns)).Append('\n');
        if (model.CommitmentContext.Portfolio is not { } p)
        {
            return text.ToString();
        }

        for (var i = 0; i < p.Layers.Count; i++)
        {
            var l = p.Layers[i];
            string[] cells =
            [
                Quote(model.Cover.RunId), (i + 1).ToString(inv), Quote(l.Plan), Quote(l.Scope), p.TermYears.ToString(inv), p.Payment, p.Recommended ? "true" : "false",
                Quote(l.InstanceType ?? string.Empty), l.InstanceCount?.ToString(inv) ?? string.Empty, l.HourlyCommitment.ToString("0.000", inv),
                l.UpfrontUsd?.ToString("0.00", inv) ?? string.Empty, l.MonthlyNetSavings.ToString("0.00", inv), l.UtilizationPercent.ToString("0.0", inv),
                l.CoveragePercent.ToString("0.0", inv), l.BreakEvenMonth?.ToString(inv) ?? string.Empty,
            ];
            text.Append(string.Join(',', cells)).Append('\n');
        }

        return text.ToString();
    }

    public static Task WriteAsync(ReportModel model, string path, CancellationToken cancellationToken) =>
        ReportFileWriter.WriteAsync(path, new UTF8Encoding(false).GetBytes(Render(model)), cancellationToken);

    // Scope and type come from the catalog and AWS region names, still quoted and guarded like any cell from outside.
    private static string Quote(string cell)
    {
        var safe = cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
