using Analyzer.Core.Options;
using Analyzer.Core.Profiles;

namespace Analyzer.Analysis;

/// <summary>
/// An option's whole units paired with the profile hours they were sized on: what option_hourly_units stores and
/// what the fleet's commitment series runs. Null where the option has no hourly series or it does not match the
/// profile's hours.
/// </summary>
internal static class OptionHours
{
    public static (IReadOnlyList<DateTime> Hours, IReadOnlyList<int> Units)? Of(OptionResult option, DemandProfile? profile) =>
        option.Target?.HourlyUnits is { } units && profile?.Hours is { } hours && hours.Count == units.Count
            ? (hours.Select(h => h.Hour).ToArray(), units)
            : null;
}
