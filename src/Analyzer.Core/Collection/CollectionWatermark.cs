namespace Analyzer.Core.Collection;

/// <summary>
/// How far one source's data for one account and region is complete: every day through
/// <paramref name="ClosedThrough"/> is held in final form, so a later run asks AWS only for the days after it.
/// </summary>
/// <param name="Source">"cloudwatch", "cost-explorer", ...</param>
/// <param name="Region">The region, or "global" for sources that have none (Cost Explorer).</param>
public sealed record CollectionWatermark(string Source, string AccountId, string Region, DateOnly ClosedThrough)
{
    public const string GlobalRegion = "global";

    /// <summary>The part of <paramref name="window"/> after the closed day (empty at the window's end when nothing is left).</summary>
    public static Time.Period Remaining(Time.Period window, DateOnly? closedThrough)
    {
        if (closedThrough is not { } closed)
        {
            return window;
        }

        var firstOpen = closed.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return firstOpen >= window.End
            ? new Time.Period(window.End, window.End)
            : new Time.Period(firstOpen > window.Start ? firstOpen : window.Start, window.End);
    }

    /// <summary>The last whole UTC day that ends at or before <paramref name="end"/>.</summary>
    public static DateOnly LastWholeDayBefore(DateTime end) =>
        DateOnly.FromDateTime(end).AddDays(-1);
}
