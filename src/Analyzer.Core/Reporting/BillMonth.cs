namespace Analyzer.Core.Reporting;

/// <summary>
/// One calendar month of the bill (amortized, USD): everything billed, the compute services the fleet is made of, and
/// the change from the month before. The month-over-month table and the summary's "as billed" figure read these.
/// </summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Compute">EC2 compute, ECS, EKS (pods on Fargate; its control plane too) and Lambda: the services the analyzed workloads are billed under.</param>
/// <param name="ComputeChange">Compute minus the previous month's compute; null for the first month shown.</param>
public sealed record BillMonth(DateOnly Month, decimal Total, decimal Compute, decimal? ComputeChange)
{
    /// <summary>The Cost Explorer service names of the workloads Analyzer prices.</summary>
    public static IReadOnlySet<string> ComputeServices { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Amazon Elastic Compute Cloud - Compute", "Amazon Elastic Container Service", "Amazon Elastic Container Service for Kubernetes", "AWS Lambda",
    };

    /// <summary>The compute change as a percentage of the previous month; null when there is no previous month or it was zero.</summary>
    public decimal? ComputeChangePercent { get; init; }

    /// <summary>The months of a spend history, oldest first, with each month's change from the one before.</summary>
    public static IReadOnlyList<BillMonth> From(IEnumerable<ServiceMonthSpend> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var months = new List<BillMonth>();
        foreach (var month in history.GroupBy(s => s.Month).OrderBy(g => g.Key))
        {
            var total = month.Sum(s => s.Cost);
            var compute = month.Where(s => ComputeServices.Contains(s.Service)).Sum(s => s.Cost);
            var previous = months.Count == 0 ? null : months[^1];
            months.Add(new BillMonth(month.Key, total, compute, previous is null ? null : compute - previous.Compute)
            {
                ComputeChangePercent = previous is { Compute: > 0m } p
                    ? Math.Round(100m * (compute - p.Compute) / p.Compute, 1, MidpointRounding.AwayFromZero)
                    : null,
            });
        }

        return months;
    }
}
