using System.Globalization;
using Analyzer.Analysis.WhatIf;
using Analyzer.Reports;

namespace Analyzer.Jobs.WhatIf;

/// <summary>What-if results as CSV: one row per workload changed, then one total row per scenario (empty workload_id; its infeasible cell lists the prices a region move lacked).</summary>
internal static class WhatIfCsv
{
    private static readonly string[] Columns =
    [
        "scenario", "workload_id", "name", "account_id", "region", "kind", "selected", "current_before", "current_after",
        "before_option", "before_monthly", "after_option", "after_family", "after_monthly", "change", "infeasible", "moved_from",
    ];

    public static void Write(TextWriter output, IReadOnlyList<WhatIfResult> results)
    {
        output.WriteLine(string.Join(',', Columns));
        foreach (var r in results)
        {
            foreach (var l in r.Lines)
            {
                Row(output, r.Scenario.Name, l.WorkloadId, l.Name, l.AccountId, l.Region, l.Kind, l.Selected ? "true" : "false",
                    l.CurrentBefore, l.CurrentAfter, l.BeforeOption ?? string.Empty, l.BeforeMonthly,
                    l.AfterOption, l.AfterFamily, l.AfterMonthly, l.Change, l.Infeasible ?? string.Empty, l.MovedFrom ?? string.Empty);
            }

            Row(output, r.Scenario.Name, string.Empty, "(total)", string.Empty, string.Empty, string.Empty, string.Empty,
                r.Before.CurrentMonthly, r.After.CurrentMonthly, r.CommitmentBefore ?? string.Empty, r.Before.MonthlyCost,
                r.CommitmentAfter ?? string.Empty, string.Empty, r.After.MonthlyCost, r.After.MonthlyCost - r.Before.MonthlyCost,
                r.MissingPrices.Count == 0 ? string.Empty : "missing prices: " + string.Join("; ", r.MissingPrices), string.Empty);
        }
    }

    // Money as plain numbers (a negative one is a number, not a formula); text from AWS neutralised for spreadsheets.
    private static void Row(TextWriter output, params object[] cells) =>
        output.WriteLine(string.Join(',', cells.Select(c => c is decimal d ? d.ToString("0.00", CultureInfo.InvariantCulture) : Quote(Neutralise((string)c)))));

    // As the report's CSV: control characters out, and a leading formula character made text.
    private static string Neutralise(string value)
    {
        value = UntrustedText.Clean(value);
        return value is ['=' or '+' or '-' or '@' or '\t' or '\r', ..] ? "'" + value : value;
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
