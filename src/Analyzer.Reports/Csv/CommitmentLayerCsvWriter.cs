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

    private static readonly int[] DropPercents = [10, 20, 30];

    public static readonly string[] Columns =
    [
        "run_id", "layer", "type", "scope", "term_years", "payment", "recommended", "instance_type", "instance_count", "hourly_commitment_usd",
        "upfront_usd", "monthly_net_savings_usd", "utilization_percent", "coverage_percent", "break_even_month",
        "buy_now_instance_count", "buy_now_hourly_usd", "buy_now_upfront_usd", "buy_now_monthly_net_savings_usd",
        "after_rightsizing_instance_count", "after_rightsizing_hourly_usd", "after_rightsizing_upfront_usd", "after_rightsizing_monthly_net_savings_usd",
        "renewal_instance_count", "renewal_hourly_usd", "renewal_upfront_usd", "renewal_monthly_net_savings_usd",
        "drop_10_monthly_net_savings_usd", "drop_10_utilization_percent", "drop_20_monthly_net_savings_usd", "drop_20_utilization_percent",
        "drop_30_monthly_net_savings_usd", "drop_30_utilization_percent",
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

        // The portfolio's layers, then the layers only the renewal needs (no commitment in the portfolio: the
        // portfolio's own columns empty, the renewal's set).
        var rows = p.Layers.Select(l => (Layer: l, InPortfolio: true)).Concat((p.Purchase?.RenewalOnly ?? []).Select(l => (Layer: l, InPortfolio: false))).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var (l, inPortfolio) = rows[i];
            string[] cells =
            [
                Quote(model.Cover.RunId), (i + 1).ToString(inv), Quote(l.Plan), Quote(l.Scope), p.TermYears.ToString(inv), p.Payment, p.Recommended ? "true" : "false",
                Quote(l.InstanceType ?? string.Empty), inPortfolio ? l.InstanceCount?.ToString(inv) ?? string.Empty : "0", l.HourlyCommitment.ToString("0.000", inv),
                inPortfolio ? l.UpfrontUsd?.ToString("0.00", inv) ?? string.Empty : "0.00", l.MonthlyNetSavings.ToString("0.00", inv),
                inPortfolio ? l.UtilizationPercent.ToString("0.0", inv) : string.Empty, inPortfolio ? l.CoveragePercent.ToString("0.0", inv) : string.Empty,
                inPortfolio ? l.BreakEvenMonth?.ToString(inv) ?? string.Empty : string.Empty,
                .. Tranche(l.Now), .. Tranche(l.AfterRightsizing), .. Tranche(l.Renewal),
                .. DropPercents.SelectMany(d => l.Drop(d) is { } drop
                    ? new[] { drop.MonthlyNetSavings.ToString("0.00", inv), drop.UtilizationPercent.ToString("0.0", inv) }
                    : [string.Empty, string.Empty]),
            ];
            text.Append(string.Join(',', cells)).Append('\n');
        }

        return text.ToString();
    }

    // A tranche's count, commitment, upfront and savings; empty cells for a run before the purchase plan was stored.
    private static string[] Tranche(CommitmentTrancheLine? t)
    {
        var inv = CultureInfo.InvariantCulture;
        return t is null
            ? [string.Empty, string.Empty, string.Empty, string.Empty]
            : [t.InstanceCount?.ToString(inv) ?? string.Empty, t.HourlyCommitment.ToString("0.000", inv), t.UpfrontUsd?.ToString("0.00", inv) ?? string.Empty,
                t.MonthlyNetSavings.ToString("0.00", inv)];
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
