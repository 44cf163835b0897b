using Analyzer.Collectors.Aws;
using Analyzer.Core.Costs;
using Analyzer.Core.Time;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// Daily cost of one account from Cost Explorer, as <see cref="CostLine"/>s. Cost Explorer charges $0.01 a
/// request, so the caller passes the last day it already holds final figures for (<c>closedThrough</c>, its
/// watermark): those days are never asked for again, and the result says through which day the new figures are
/// final (not "Estimated"), which becomes the next watermark.
/// </summary>
public sealed class CostExplorerCostCollector
{
    private readonly AwsClientOptions _options;

    public CostExplorerCostCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<CostExplorerResult> CollectAsync(string accountId, Period window, DateOnly? closedThrough, CancellationToken cancellationToken)
    {
        // Cost Explorer works in whole UTC days: widen a partial first or last day to the whole day.
        var start = window.Start.Date;
        var end = window.End.TimeOfDay == TimeSpan.Zero ? window.End : window.End.Date.AddDays(1);
        if (closedThrough is { } closed)
        {
            var firstOpen = closed.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            start = firstOpen > start ? firstOpen : start;
        }

        start = DateTime.SpecifyKind(start, DateTimeKind.Utc);
        end = DateTime.SpecifyKind(end, DateTimeKind.Utc);
        if (start >= end)
        {
            return new CostExplorerResult([], closedThrough, new Period(end, end));
        }

        var asked = new Period(start, end);
        using var sdk = AwsServiceClient.Create(AwsService.CostExplorer, _options);
        var days = await new CostExplorerClient(sdk).GetDailyCostAsync(accountId, asked, cancellationToken).ConfigureAwait(false);

        var lines = days
            .SelectMany(day => day.Groups.Select(g => new CostLine(
                day.Date, accountId, UsageTypeRegions.RegionOf(g.UsageType), g.Service, g.UsageType, ResourceId: null,
                g.UnblendedCost, g.AmortizedCost, g.UsageQuantity)))
            .ToList();
        var newClosed = closedThrough;
        foreach (var day in days.OrderBy(d => d.Date))
        {
            if (day.Estimated)
            {
                break;
            }

            newClosed = day.Date;
        }

        return new CostExplorerResult(lines, newClosed, asked);
    }
}
