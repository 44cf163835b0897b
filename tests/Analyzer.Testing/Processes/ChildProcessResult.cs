namespace Analyzer.Testing.Processes;

/// <summary>How a child process ended and what it printed.</summary>
public sealed record ChildProcessResult(int ExitCode, string Output, string Error);
