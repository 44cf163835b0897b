namespace Analyzer.Core.Profiles;

/// <summary>
/// Names a profile's shape from the statistics the profile SQL computes. The thresholds are plain and
/// documented here so a reader can check a label against the numbers beside it.
/// </summary>
public static class DemandShapeClassifier
{
    /// <summary>With fewer hours observed than this, the shape is Unknown.</summary>
    public const int MinimumHours = 24;

    public static DemandShape Classify(DemandProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.HoursObserved < MinimumHours)
        {
            return DemandShape.Unknown;
        }

        if (profile.ActiveHoursFraction <= 0)
        {
            return DemandShape.Idle;
        }

        var active = profile.ActiveHoursFraction;
        var peakToMean = profile.PeakToMeanRatio;

        // Nightly batch: a minority of hours, most of them 22:00-06:00 (a third of the day).
        if (active <= 0.4 && profile.NightShare >= 0.7)
        {
            return DemandShape.NightlyBatch;
        }

        // Business hours: weekdays 08-18 are 50 of 168 hours (30%); demand concentrated there.
        if (active is >= 0.1 and <= 0.6 && profile.BusinessHoursShare >= 0.75)
        {
            return DemandShape.BusinessHours;
        }

        if (active >= 0.9 && peakToMean is <= 1.5)
        {
            return DemandShape.Flat;
        }

        if (peakToMean is >= 3)
        {
            return DemandShape.Spiky;
        }

        return active >= 0.9 && peakToMean is null ? DemandShape.Flat : DemandShape.Variable;
    }
}
