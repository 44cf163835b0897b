namespace Analyzer.Jobs.Run;

/// <summary>Where a run's collection reads from.</summary>
public enum RunSource
{
    /// <summary>The AWS APIs, as `analyzer collect` reads them.</summary>
    Aws,

    /// <summary>The built-in demo organisation (no AWS account needed), analysed on its fixed window.</summary>
    Demo,
}
