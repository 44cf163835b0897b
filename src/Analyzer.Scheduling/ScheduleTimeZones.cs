using Analyzer.Core;

namespace Analyzer.Scheduling;

/// <summary>Time zones by IANA id, refused as configuration errors when unknown.</summary>
internal static class ScheduleTimeZones
{
    public static TimeZoneInfo Find(string id, string key)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ConfigurationException(key, $"'{id}' is not a known time zone (use an IANA id such as UTC or Europe/Paris)");
        }
    }
}
