using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Charts;

/// <summary>The report's five charts, drawn once from the model; the HTML and so the PDF embed the same SVG.</summary>
/// <param name="CommitmentCurve">Null when the model holds no commitment advice.</param>
internal sealed record ReportCharts(
    string SpendByService,
    string SavingsByFamily,
    string? CommitmentCurve,
    string CpuDistribution,
    string CostByAccount)
{
    private const int ServicesShown = 6;
    private const int AccountsShown = 10;

    public static ReportCharts Build(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ReportCharts(
            SpendChart(model),
            FamilyChart(model),
            model.Commitment is not { Curve.Count: > 0 } ? null : CommitmentChart(model.Commitment),
            CpuChart(model),
            AccountChart(model));
    }

    private static string SpendChart(ReportModel model)
    {
        var months = model.SpendHistory.Select(s => s.Month).Distinct().Order().TakeLast(12).ToList();
        var top = model.SpendHistory
            .GroupBy(s => s.Service, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(s => s.Cost))
            .Select(g => g.Key)
            .Take(ServicesShown)
            .ToList();
        var series = top
            .Select((service, i) => new ChartSeries(service, months.Select(m => Sum(model, m, s => s == service)).ToList(), i))
            .ToList();
        var others = months.Select(m => Sum(model, m, s => !top.Contains(s))).ToList();
        if (others.Any(v => v > 0))
        {
            series.Add(new ChartSeries("Other", others, 7));
        }

        return BarChartRenderer.Render(new BarChart(
            "Monthly spend by service", months.Select(ReportFormat.Month).ToList(), series, Stacked: true, ReportFormat.UsdCompact));
    }

    private static double Sum(ReportModel model, DateOnly month, Func<string, bool> service) =>
        (double)model.SpendHistory.Where(s => s.Month == month && service(s.Service)).Sum(s => s.Cost);

    private static string FamilyChart(ReportModel model)
    {
        var families = model.Summary.ByFamily;
        return BarChartRenderer.Render(new BarChart(
            "Monthly savings by option family",
            families.Select(f => f.Category.ToLabel()).ToList(),
            [new ChartSeries("Savings per month", families.Select(f => (double)f.MonthlySavings).ToList(), 2)],
            Stacked: false,
            ReportFormat.UsdCompact));
    }

    private static string CommitmentChart(CommitmentRecommendation commitment) =>
        LineChartRenderer.Render(new LineChart(
            "Net monthly savings by hourly commitment",
            commitment.Curve.Select(p => ((double)p.HourlyCommitment, (double)p.MonthlyNetSavings)).ToList(),
            ((double)commitment.HourlyCommitment, (double)commitment.MonthlyNetSavings),
            "Recommended",
            "Hourly commitment (USD per hour)",
            x => ReportFormat.UsdCompact(x) + "/h",
            ReportFormat.UsdCompact));

    private static string CpuChart(ReportModel model) =>
        BarChartRenderer.Render(new BarChart(
            "Workloads by CPU p95",
            model.CpuDistribution.Select(b => $"{b.FromPercent:0}–{b.ToPercent:0}%").ToList(),
            [new ChartSeries("Workloads", model.CpuDistribution.Select(b => (double)b.Workloads).ToList(), 0)],
            Stacked: false,
            v => v.ToString("#,##0.#", System.Globalization.CultureInfo.InvariantCulture)));

    private static string AccountChart(ReportModel model)
    {
        var accounts = model.ByAccount.Take(AccountsShown).ToList();
        return BarChartRenderer.Render(new BarChart(
            "Current vs recommended monthly cost per account",
            accounts.Select(a => a.Label).ToList(),
            [
                new ChartSeries("Current", accounts.Select(a => (double)a.CurrentMonthlyCost).ToList(), 0),
                new ChartSeries("Recommended", accounts.Select(a => (double)a.RecommendedMonthlyCost).ToList(), 2),
            ],
            Stacked: false,
            ReportFormat.UsdCompact));
    }
}
