namespace Analyzer.Core.Options;

/// <summary>How far the data behind an option can be trusted, lowest first.</summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}
