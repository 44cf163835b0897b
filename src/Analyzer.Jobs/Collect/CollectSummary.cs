using System.Globalization;
using Analyzer.Jobs.Progress;

namespace Analyzer.Jobs.Collect;

/// <summary>The end-of-run summary of `analyzer collect`: rows, failures, calls and what the paid ones cost.</summary>
internal static class CollectSummary
{
    public static void Print(CollectOutcome outcome, TextWriter output)
    {
        var session = outcome.Session;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Collected {session.Window} for {session.Accounts} account(s) in {session.Regions} region(s): {session.Status}."));
        output.WriteLine("Rows loaded:");
        output.WriteLine(string.Create(c, $"  accounts            {outcome.Accounts,12:N0}"));
        output.WriteLine(string.Create(c, $"  workloads           {outcome.Workloads,12:N0}"));
        output.WriteLine(string.Create(c, $"  utilization_hourly  {outcome.Samples,12:N0}"));
        output.WriteLine(string.Create(c, $"  cost_daily          {outcome.CostLines,12:N0}"));
        output.WriteLine(string.Create(c, $"  spot_price_averages {outcome.SpotPrices,12:N0}"));
        output.WriteLine(string.Create(c, $"  compute_optimizer_ec2 {outcome.Recommendations,10:N0}"));
        if (outcome.MonthlyCosts > 0)
        {
            output.WriteLine(string.Create(c, $"  cost_monthly_accounts {outcome.MonthlyCosts,10:N0}"));
        }
        output.WriteLine("API calls:");
        foreach (var (action, calls) in session.Calls.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(c, $"  {action,-32}{calls,8:N0}"));
        }

        output.WriteLine(string.Create(c,
            $"Paid: {session.PaidRequests:N0} Cost Explorer request(s) at $0.01 and {session.MetricsRequested:N0} CloudWatch metric(s) at $0.01 per 1,000: about ${session.EstimatedCostUsd:0.0000}."));
        if (outcome.LogsBytesEstimated > 0 || outcome.LogsBytesScanned > 0)
        {
            // Estimated before the queries from their log groups' stored bytes, measured after from AWS's statistics.
            output.WriteLine(string.Create(c,
                $"Logs Insights (Lambda memory): estimated at most {outcome.LogsBytesEstimated / 1e9:0.000} GB (${Analyzer.Collectors.Logs.LambdaLogMemory.Usd(outcome.LogsBytesEstimated):0.0000}) before the queries; scanned {outcome.LogsBytesScanned / 1e9:0.000} GB (${Analyzer.Collectors.Logs.LambdaLogMemory.Usd(outcome.LogsBytesScanned):0.0000}), at $0.005 per GB, in the total above."));
        }

        foreach (var note in outcome.Notes)
        {
            output.WriteLine($"Note: {TerminalText.Sanitize(note)}");
        }

        if (outcome.Failures.Count == 0)
        {
            return;
        }

        output.WriteLine(string.Create(c, $"Failures ({outcome.Failures.Count}); the rest was collected:"));
        foreach (var f in outcome.Failures)
        {
            var hint = f.MissingIamAction is { } action ? $" [the role needs {action}]" : f.IsTransient ? " [transient: try again later]" : string.Empty;
            // AWS's error messages are text from the network: shown, never interpreted by the terminal.
            output.WriteLine(TerminalText.Sanitize($"  {f.AccountId} {f.Region} {f.Source}: {f.Message}{hint}"));
        }
    }
}
