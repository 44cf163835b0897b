namespace Analyzer.Cli.Tests.Reliability;

/// <summary>How a child `analyzer` ended: its exit code, what it printed, and whether the test's signal reached it.</summary>
internal sealed record CliResult(int Code, string Output, string Error, bool Signalled);
