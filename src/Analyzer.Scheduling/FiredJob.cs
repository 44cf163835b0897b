namespace Analyzer.Scheduling;

/// <summary>A recurring job `--once` fired, and the state its Hangfire job ended in.</summary>
/// <param name="ExceptionType">For a failed job, the full name of the exception that failed it.</param>
public sealed record FiredJob(string RecurringJobId, string JobId, string State, string? ExceptionType, string? Message);
