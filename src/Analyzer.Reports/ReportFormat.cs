using System.Globalization;
using Analyzer.Core.Reporting;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Reports;

/// <summary>
/// How numbers, money and dates read in every report format, with one explicit culture (invariant digits,
/// US-dollar signs), so the same value prints the same in HTML, PDF, CSV and JSON whatever the host culture.
/// </summary>
public static class ReportFormat
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>"$1,234.56", "-$12.00".</summary>
    public static string Usd(decimal value) =>
        (value < 0 ? "-$" : "$") + Math.Abs(value).ToString("#,##0.00", Culture);

    /// <summary>Axis labels: "$0", "$750", "$12k", "$1.5M".</summary>
    public static string UsdCompact(double value)
    {
        var sign = value < 0 ? "-" : string.Empty;
        var abs = Math.Abs(value);
        return sign + (abs switch
        {
            >= 1_000_000 => "$" + (abs / 1_000_000).ToString("0.#", Culture) + "M",
            >= 1_000 => "$" + (abs / 1_000).ToString("0.#", Culture) + "k",
            _ => "$" + abs.ToString("0.##", Culture),
        });
    }

    /// <summary>Amounts without cents, for the hourly commitment axis: "$1.25/h".</summary>
    public static string UsdPerHour(decimal value) => "$" + value.ToString("#,##0.00##", Culture) + "/h";

    public static string Count(decimal value) => value.ToString("#,##0", Culture);

    public static string Percent(decimal value) => value.ToString("0.0", Culture) + "%";

    public static string Percent(double? value) => value is { } v ? v.ToString("0.0", Culture) + "%" : "n/a";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Culture);

    public static string Month(DateOnly month) => month.ToString("MMM yyyy", Culture);

    public static string Timestamp(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Culture);

    /// <summary>A half-open period as the inclusive days it covers: "2025-09-01 to 2025-09-30".</summary>
    public static string Period(Period period)
    {
        var last = period.End > period.Start ? period.End.AddTicks(-1) : period.End;
        return $"{period.Start.ToString("yyyy-MM-dd", Culture)} to {last.ToString("yyyy-MM-dd", Culture)}";
    }

    public static string Kpi(KpiTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.Unit switch
        {
            KpiUnit.Usd => Usd(tile.Value),
            KpiUnit.Percent => Percent(tile.Value),
            _ => Count(tile.Value),
        };
    }

    public static string Kind(WorkloadKind kind) => kind switch
    {
        WorkloadKind.Ec2Instance => "EC2 instance",
        WorkloadKind.AutoScalingGroup => "Auto Scaling group",
        WorkloadKind.EcsService => "ECS service",
        WorkloadKind.LambdaFunction => "Lambda function",
        WorkloadKind.EksFargatePod => "EKS Fargate pods",
        _ => kind.ToString(),
    };

    /// <summary>Plain invariant number text for sort keys and exports: "1234.5".</summary>
    public static string Invariant(decimal value) => value.ToString(Culture);

    public static string Invariant(double value) => value.ToString("R", Culture);
}
