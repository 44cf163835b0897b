using System.Globalization;
using System.Text;
using System.Text.Json;
using Analyzer.Analysis.WhatIf;
using Analyzer.Jobs.Progress;
using Analyzer.Reports;

namespace Analyzer.Jobs.WhatIf;

/// <summary>
/// Prints what-if results: a table for a terminal (one scenario in detail, several side by side), CSV (one row per
/// workload changed and a total per scenario) or JSON. Names and ids from AWS are cleaned for each medium.
/// </summary>
public static class WhatIfPrinter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // Missing prices the table lists (a move of many types lacks one rate per type and plan).
    private const int MissingShown = 8;

    public static void Print(TextWriter output, IReadOnlyList<WhatIfResult> results, string format, int top)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        switch (format)
        {
            case "csv":
                WhatIfCsv.Write(output, results);
                break;
            case "json":
                output.WriteLine(Json(results));
                break;
            default:
                if (results.Count == 1)
                {
                    Table(output, results[0], top);
                }
                else
                {
                    SideBySide(output, results);
                }

                break;
        }
    }

    private static void Table(TextWriter o, WhatIfResult r, int top)
    {
        var b = r.Baseline;
        o.WriteLine(string.Create(Inv, $"what-if '{T(r.Scenario.Name)}' against run {b.RunId} (window {b.WindowStart:yyyy-MM-dd} to {b.WindowEnd:yyyy-MM-dd}): {r.After.Workloads:N0} workloads, answered in {r.Elapsed.TotalSeconds:0.00} s"));
        o.WriteLine(string.Create(Inv, $"selected {r.Selected:N0}, changed {r.Lines.Count:N0}, infeasible {r.InfeasibleCount:N0}")
            + (r.UnpricedCount > 0 ? string.Create(Inv, $", unpriced {r.UnpricedCount:N0} (counted at 0 in the totals)") : string.Empty));
        o.WriteLine();
        o.WriteLine(string.Create(Inv, $"{"USD per month",-28} {"baseline",14} {"scenario",14} {"change",12}"));
        foreach (var (label, before, after) in Rows(r))
        {
            o.WriteLine(string.Create(Inv, $"{label,-28} {before,14:N2} {after,14:N2} {after - before,12:N2}"));
        }

        o.WriteLine(string.Create(Inv, $"{"fleet commitment to buy",-28} {r.CommitmentBefore ?? "none",-28} -> {r.CommitmentAfter ?? "none"}"));
        foreach (var added in r.Added)
        {
            var c = added.Commitment;
            o.WriteLine(added.Effect is { } e
                ? string.Create(Inv, $"added {c.Label} {c.HourlyUsd:0.000}/h: utilization {e.UtilizationPercent:0.0}%, coverage {e.CoverageBeforePercent:0.0}% -> {e.CoverageAfterPercent:0.0}%, costs {e.MonthlyCost:N2}/month, net savings {e.MonthlyNetSavings:N2}/month")
                : $"added {c.Label}: the catalog has no rates for this plan, term and payment; not applied");
        }

        if (r.MissingPrices.Count > 0)
        {
            o.WriteLine(string.Create(Inv, $"missing prices ({r.MissingPrices.Count:N0}; the options needing them are unpriced, never priced at the old region's rate):"));
            foreach (var missing in r.MissingPrices.Take(MissingShown))
            {
                o.WriteLine($"  {T(missing)}");
            }

            if (r.MissingPrices.Count > MissingShown)
            {
                o.WriteLine(string.Create(Inv, $"  ... {r.MissingPrices.Count - MissingShown:N0} more (--format json lists all)"));
            }
        }

        if (r.Lines.Count == 0)
        {
            o.WriteLine();
            o.WriteLine("no workload changes");
            return;
        }

        o.WriteLine();
        o.WriteLine(string.Create(Inv, $"{"workload",-36} {"baseline option",-34} {"before",11} {"scenario option",-34} {"after",11} {"change",11}"));
        foreach (var line in r.Lines.Take(top))
        {
            o.WriteLine(string.Create(Inv, $"{Cut(line.Name, 36),-36} {Cut(line.BeforeOption ?? "(not in run)", 34),-34} {line.BeforeMonthly,11:N2} {Cut(line.Unpriced ? "(unpriced)" : line.AfterOption, 34),-34} {line.AfterMonthly,11:N2} {line.Change,11:N2}"));
            if (line.MovedFrom is { } from)
            {
                o.WriteLine($"  moved: {T(from)} -> {T(line.Region)}");
            }

            if (line.Infeasible is { } why)
            {
                o.WriteLine($"  infeasible: {T(why)}");
            }
        }

        if (r.Lines.Count > top)
        {
            o.WriteLine(string.Create(Inv, $"... {r.Lines.Count - top:N0} more (--top N shows more; --format csv or json lists all)"));
        }
    }

    private static void SideBySide(TextWriter o, IReadOnlyList<WhatIfResult> results)
    {
        var b = results[0].Baseline;
        o.WriteLine(string.Create(Inv, $"{results.Count} what-ifs against run {b.RunId} (window {b.WindowStart:yyyy-MM-dd} to {b.WindowEnd:yyyy-MM-dd})"));
        o.WriteLine();
        var header = new StringBuilder(string.Create(Inv, $"{"USD per month",-28} {"baseline",14}"));
        foreach (var r in results)
        {
            header.Append(' ').Append(Cut(T(r.Scenario.Name), 18).PadLeft(18));
        }

        o.WriteLine(header.ToString());
        var rows = results.Select(Rows).ToList();
        for (var i = 0; i < rows[0].Count; i++)
        {
            var line = new StringBuilder(string.Create(Inv, $"{rows[0][i].Label,-28} {rows[0][i].Before,14:N2}"));
            foreach (var r in rows)
            {
                line.Append(' ').Append(r[i].After.ToString("N2", Inv).PadLeft(18));
            }

            o.WriteLine(line.ToString());
        }

        var counts = new StringBuilder($"{"workloads changed / infeasible",-28} {string.Empty,14}");
        foreach (var r in results)
        {
            counts.Append(' ').Append(string.Create(Inv, $"{r.Lines.Count} / {r.InfeasibleCount}").PadLeft(18));
        }

        o.WriteLine(counts.ToString());
        foreach (var r in results)
        {
            o.WriteLine(string.Create(Inv, $"{T(r.Scenario.Name)}: fleet commitment {r.CommitmentAfter ?? "none"}, answered in {r.Elapsed.TotalSeconds:0.00} s"));
        }
    }

    private static List<(string Label, decimal Before, decimal After)> Rows(WhatIfResult r) =>
    [
        ("monthly cost today", r.Before.CurrentMonthly, r.After.CurrentMonthly),
        ("recommended options", r.Before.RecommendedMonthly, r.After.RecommendedMonthly),
        ("workload savings", r.Before.WorkloadSavings, r.After.WorkloadSavings),
        ("fleet commitment savings", r.Before.CommitmentSavings, r.After.CommitmentSavings),
        ("added commitments' savings", r.Before.AddedCommitmentSavings, r.After.AddedCommitmentSavings),
        ("total savings", r.Before.TotalSavings, r.After.TotalSavings),
        ("monthly cost after", r.Before.MonthlyCost, r.After.MonthlyCost),
    ];

    private static string Json(IReadOnlyList<WhatIfResult> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("baseline_run", results.Count == 0 ? null : results[0].Baseline.RunId);
            json.WriteStartArray("scenarios");
            foreach (var r in results)
            {
                json.WriteStartObject();
                json.WriteString("name", UntrustedText.Clean(r.Scenario.Name));
                json.WriteNumber("elapsed_ms", Math.Round(r.Elapsed.TotalMilliseconds));
                Totals(json, "before", r.Before);
                Totals(json, "after", r.After);
                json.WriteString("commitment_before", r.CommitmentBefore);
                json.WriteString("commitment_after", r.CommitmentAfter);
                json.WriteStartArray("added_commitments");
                foreach (var a in r.Added)
                {
                    json.WriteStartObject();
                    json.WriteString("label", a.Commitment.Label);
                    json.WriteNumber("hourly_usd", a.Commitment.HourlyUsd);
                    if (a.Effect is { } e)
                    {
                        json.WriteNumber("utilization_pct", Math.Round(e.UtilizationPercent, 2));
                        json.WriteNumber("coverage_before_pct", Math.Round(e.CoverageBeforePercent, 2));
                        json.WriteNumber("coverage_after_pct", Math.Round(e.CoverageAfterPercent, 2));
                        json.WriteNumber("monthly_cost_usd", WhatIfTotals.Cents(e.MonthlyCost));
                        json.WriteNumber("monthly_net_savings_usd", WhatIfTotals.Cents(e.MonthlyNetSavings));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("missing_prices");
                foreach (var missing in r.MissingPrices)
                {
                    json.WriteStringValue(UntrustedText.Clean(missing));
                }

                json.WriteEndArray();
                json.WriteStartArray("workloads");
                foreach (var l in r.Lines)
                {
                    json.WriteStartObject();
                    json.WriteString("workload_id", UntrustedText.Clean(l.WorkloadId));
                    json.WriteString("name", UntrustedText.Clean(l.Name));
                    json.WriteString("account_id", UntrustedText.Clean(l.AccountId));
                    json.WriteString("region", UntrustedText.Clean(l.Region));
                    json.WriteString("moved_from", UntrustedText.CleanOrNull(l.MovedFrom));
                    json.WriteString("kind", l.Kind);
                    json.WriteBoolean("selected", l.Selected);
                    json.WriteNumber("current_before_usd", l.CurrentBefore);
                    json.WriteNumber("current_after_usd", l.CurrentAfter);
                    json.WriteString("before_option", UntrustedText.CleanOrNull(l.BeforeOption));
                    json.WriteNumber("before_monthly_usd", l.BeforeMonthly);
                    json.WriteString("after_option", UntrustedText.Clean(l.AfterOption));
                    json.WriteString("after_family", l.AfterFamily);
                    json.WriteNumber("after_monthly_usd", l.AfterMonthly);
                    json.WriteNumber("change_usd", l.Change);
                    json.WriteString("after_reason", UntrustedText.Clean(l.AfterReason));
                    json.WriteString("infeasible", UntrustedText.CleanOrNull(l.Infeasible));
                    json.WriteBoolean("unpriced", l.Unpriced);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Totals(Utf8JsonWriter json, string name, WhatIfTotals t)
    {
        json.WriteStartObject(name);
        json.WriteNumber("workloads", t.Workloads);
        json.WriteNumber("current_monthly_usd", t.CurrentMonthly);
        json.WriteNumber("recommended_monthly_usd", t.RecommendedMonthly);
        json.WriteNumber("workload_savings_usd", t.WorkloadSavings);
        json.WriteNumber("commitment_savings_usd", t.CommitmentSavings);
        json.WriteNumber("added_commitment_savings_usd", t.AddedCommitmentSavings);
        json.WriteNumber("total_savings_usd", t.TotalSavings);
        json.WriteNumber("monthly_cost_usd", t.MonthlyCost);
        json.WriteEndObject();
    }

    // Terminal text: control characters escaped, cut to a column.
    private static string T(string text) => TerminalText.Sanitize(text);

    private static string Cut(string text, int width)
    {
        var clean = T(text);
        return clean.Length <= width ? clean : clean[..(width - 1)] + "~";
    }
}
