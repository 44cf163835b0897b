using System.Globalization;
using System.Text;
using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Csv;

/// <summary>
/// Writes commitments.csv beside recommendations.csv: one row per plan, term and payment of the fleet commitment
/// portfolio on the recommended fleet (reports/SCHEMA.md), the recommended one first. RFC 4180, UTF-8, LF line ends.
/// </summary>
public static class CommitmentCsvWriter
{
    public const string FileName = "commitments.csv";

    public static readonly string[] Columns =
    [
        "run_id", "plan", "term_years", "payment", "recommended", "hourly_commitment_usd", "upfront_usd", "monthly_net_savings_usd",
        "utilization_percent", "coverage_percent", "break_even_month", "buy_now_hourly_usd", "after_rightsizing_hourly_usd",
        "max_hourly_commitment_usd", "max_monthly_net_savings_usd", "monthly_on_demand_usd", "monthly_without_rate_usd",
        "drop_10_monthly_net_savings_usd", "drop_20_monthly_net_savings_usd", "drop_30_monthly_net_savings_usd", "drop_30_utilization_percent",
    ];

    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder().Append(string.Join(',', Columns)).Append('\n');
        foreach (var c in model.CommitmentContext.Candidates)
        {
            string[] cells =
            [
                Quote(model.Cover.RunId), Quote(c.Plan), c.TermYears.ToString(inv), c.Payment, c.Best ? "true" : "false",
                c.HourlyCommitment.ToString("0.000", inv), Money(c.UpfrontUsd), Money(c.MonthlyNetSavings), c.UtilizationPercent.ToString("0.0", inv),
                c.CoveragePercent.ToString("0.0", inv), c.BreakEvenMonth?.ToString(inv) ?? string.Empty, c.BuyNowHourly.ToString("0.000", inv),
                c.AfterRightsizingHourly.ToString("0.000", inv), c.MaxHourlyCommitment.ToString("0.000", inv), Money(c.MaxMonthlyNetSavings),
                Money(c.MonthlyOnDemand), Money(c.MonthlyWithoutRate), Money(c.Drop10MonthlyNetSavings), Money(c.Drop20MonthlyNetSavings),
                Money(c.Drop30MonthlyNetSavings), c.Drop30UtilizationPercent.ToString("0.0", inv),
            ];
            text.Append(string.Join(',', cells)).Append('\n');
        }

        return text.ToString();
    }

    public static Task WriteAsync(ReportModel model, string path, CancellationToken cancellationToken) =>
        ReportFileWriter.WriteAsync(path, new UTF8Encoding(false).GetBytes(Render(model)), cancellationToken);

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
