namespace Analyzer.Core.Reporting;

/// <summary>A three-step scale used for an option's effort, risk and confidence.</summary>
public enum Rating
{
    Low,
    Medium,
    High,
}
