using System.Globalization;
using Analyzer.Core.Pricing;

namespace Analyzer.Core.Rules;

/// <summary>Whether a price is too old to trust fully (Spot prices move; a snapshot from long ago says little about today).</summary>
public static class PriceAge
{
    /// <returns>A caveat naming the price's date, or null when it is recent enough or no date is needed.</returns>
    public static string? Stale(PriceSource source, DateOnly? neededAt, int maxAgeDays)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (neededAt is not { } at)
        {
            return null;
        }

        var age = at.DayNumber - source.AsOf.DayNumber;
        return age > maxAgeDays
            ? string.Create(CultureInfo.InvariantCulture, $"Spot price dated {source.AsOf:yyyy-MM-dd}, {age} days old: lower confidence")
            : null;
    }
}
