namespace Analyzer.Core.Options;

/// <summary>Billing constants every option is priced with.</summary>
public static class Billing
{
    /// <summary>Hours in the month options are priced for: 365 x 24 / 12, as Cost Optimization Hub scales savings.</summary>
    public const decimal HoursPerMonth = 730m;
}
