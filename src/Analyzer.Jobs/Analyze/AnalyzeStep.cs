using System.Globalization;
using Analyzer.Analysis;
using Analyzer.Analysis.Reporting;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Settings;
using Analyzer.Storage;
using Analyzer.Storage.Pricing;

namespace Analyzer.Jobs.Analyze;

/// <summary>
/// The analysis step: loads the shipped price catalog unless the store holds it, runs the engine over the store,
/// reads the run's report model back and prints its summary.
/// </summary>
public static class AnalyzeStep
{
    /// <param name="windowEnd">End of the analysed window; null: the start of today (the demo passes its fixed day).</param>
    public static AnalyzedRun Run(JobContext context, AnalyzerStore store, AnalysisSettings settings, DateTime? windowEnd, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);

        // A store filled by collect or import-billing holds no prices: without them every option would cost $0.
        using (var connection = store.Connect())
        {
            ShippedPriceCatalog.EnsureLoaded(connection, context.Time);
        }

        var run = new AnalysisEngine(store, context.Time).Run(settings, windowEnd, cancellationToken);
        var model = new ReportModelBuilder(store, context.Time).Build(run.RunId)
            ?? throw new InvalidOperationException($"Run {run.RunId} was written but cannot be read back.");
        Print(context.Output, run, model);
        return new AnalyzedRun(run, model);
    }

    /// <summary>
    /// Prints the run's summary from its report model, so the per-family savings, the fleet commitment and the total
    /// are the report's numbers: the commitment is chosen once, by queries/analysis/report/savings_plan.sql.
    /// </summary>
    public static void Print(TextWriter output, AnalysisRun run, ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(model);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"run id: {run.RunId}");
        output.WriteLine(string.Create(inv, $"window: {run.Window.Start:yyyy-MM-dd} to {run.Window.End:yyyy-MM-dd}, prices as of {run.PriceAsOf?.ToString("yyyy-MM-dd", inv) ?? "(none loaded)"}"));
        output.WriteLine(string.Create(inv, $"{"family",-20} {"workloads",10} {"savings/month",16}"));
        foreach (var group in model.Workloads.GroupBy(w => w.Recommended?.Family ?? OptionFamily.Current).OrderBy(g => g.Key))
        {
            output.WriteLine(string.Create(inv, $"{group.Key.ToName(),-20} {group.Count(),10} {group.Sum(w => w.RecommendedSavings),16:N2}"));
        }

        if (model.Commitment is { } commitment)
        {
            var label = $"+ {commitment.Plan} {commitment.TermYears}y {commitment.Payment}";
            output.WriteLine(string.Create(inv, $"{label,-20} {commitment.HourlyCommitment,10:N3} {commitment.MonthlyNetSavings,16:N2}   (USD/h to commit)"));
            if (model.CommitmentContext.Portfolio is { Recommended: true } portfolio)
            {
                var upfront = portfolio.UpfrontUsd is { } u ? u.ToString("N2", inv) : "not in the price catalog";
                output.WriteLine(string.Create(inv,
                    $"  {portfolio.ReservedLayers} RI layer(s) {portfolio.ReservedHourly:N3}/h and a Compute plan {portfolio.ComputeHourly:N3}/h, upfront {upfront}, coverage {portfolio.CoveragePercent:N1}%"));
                if (portfolio.Purchase is { } plan)
                {
                    var drops = string.Join(" / ", plan.Drops.Select(d => d.MonthlyNetSavings.ToString("N2", inv)));
                    output.WriteLine(string.Create(inv,
                        $"  buy now {plan.Now.HourlyCommitment:N3}/h saving {plan.Now.MonthlyNetSavings:N2}, after rightsizing {plan.AfterRightsizing.HourlyCommitment:N3}/h saving {plan.AfterRightsizing.MonthlyNetSavings:N2}; if usage drops 10/20/30% it saves {drops}"));
                    if (plan.HasRenewal)
                    {
                        output.WriteLine(string.Create(inv,
                            $"  as the {plan.LapsingHourly:N3}/h held lapses ({plan.FirstEnd:yyyy-MM-dd}), renew {plan.Renewal.HourlyCommitment:N3}/h on the portfolio, keeping {plan.Renewal.MonthlyNetSavings:N2}/month"));
                    }
                }
            }
            else if (model.CommitmentContext.Candidates.FirstOrDefault(c => c.Best) is { } best)
            {
                var breakEven = best.BreakEvenMonth is { } m ? $"month {m}" : "never";
                output.WriteLine(string.Create(inv,
                    $"  upfront {best.UpfrontUsd:N2}, break-even {breakEven}, utilization {best.UtilizationPercent:N1}%, coverage {best.CoveragePercent:N1}%, buy now {best.BuyNowHourly:N3}/h, after rightsizing {best.AfterRightsizingHourly:N3}/h"));
            }
        }

        output.WriteLine(string.Create(inv, $"{"total",-20} {model.Workloads.Count,10} {model.Summary.TotalMonthlySavings,16:N2}"));
        if (model.CommitmentContext.Billed is { } billed)
        {
            output.WriteLine(string.Create(inv,
                $"billed (amortized) {billed.BilledToday:N2}/month against {billed.OnDemandToday:N2} on demand, effective savings rate {billed.EffectiveSavingsRateToday:N1}%; after the plan {billed.SpendAfter:N2} against {billed.OnDemandAfter:N2}, {billed.EffectiveSavingsRateAfter:N1}%"));
        }

        foreach (var ri in model.CommitmentContext.ReservedInstances.Where(r => r.MonthlyStrandedUsd > 0))
        {
            // The RI's strings came from AWS: control characters escaped before they reach the terminal.
            output.WriteLine(Progress.TerminalText.Sanitize(string.Create(inv, $"RI {ri.InstanceCount} x {ri.InstanceType} ({ri.ReservedInstancesId}) {ri.Advice}")));
        }
    }
}
