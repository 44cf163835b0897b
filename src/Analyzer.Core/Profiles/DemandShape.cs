namespace Analyzer.Core.Profiles;

/// <summary>The daily and weekly shape of a workload's demand over the lookback window.</summary>
public enum DemandShape
{
    /// <summary>Not enough data to say.</summary>
    Unknown,

    /// <summary>No hour above the idle threshold.</summary>
    Idle,

    /// <summary>Active nearly all the time with a low peak-to-mean ratio.</summary>
    Flat,

    /// <summary>Active mostly on weekdays in office hours.</summary>
    BusinessHours,

    /// <summary>Active for a small share of hours, mostly at night.</summary>
    NightlyBatch,

    /// <summary>Short, high peaks over a low mean.</summary>
    Spiky,

    /// <summary>None of the above.</summary>
    Variable,
}
