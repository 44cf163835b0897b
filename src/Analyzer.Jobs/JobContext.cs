using Analyzer.Jobs.Progress;

namespace Analyzer.Jobs;

/// <summary>What every step of the job gets from its host (the CLI or the scheduler): where its lines go, the clock, the progress display.</summary>
/// <param name="Output">Lines a person reads: what was collected, the run's summary, the files written.</param>
/// <param name="Error">Why a step failed, one line each.</param>
public sealed record JobContext(TextWriter Output, TextWriter Error, TimeProvider Time, IRunProgress Progress)
{
    /// <summary>Plain timestamped log lines on <paramref name="output"/>, for hosts without a terminal.</summary>
    public static JobContext Logging(TextWriter output, TextWriter error, TimeProvider time) => new(output, error, time, new LogLineProgress(output, time));
}
