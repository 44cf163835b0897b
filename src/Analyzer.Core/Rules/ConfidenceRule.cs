using Analyzer.Core.Options;
using Analyzer.Core.Profiles;

namespace Analyzer.Core.Rules;

/// <summary>Confidence from how much of the window the data covers: two full weeks at 90% is High.</summary>
public static class ConfidenceRule
{
    public static Confidence For(DemandProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.HoursObserved >= 14 * 24 && profile.CoveragePercent >= 90)
        {
            return Confidence.High;
        }

        return profile.CoveragePercent >= 50 ? Confidence.Medium : Confidence.Low;
    }
}
