namespace Analyzer.Cli;

/// <summary>What every command gets from the composition root: output streams, the clock and the working directory.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, TimeProvider Time, string WorkingDirectory)
{
    public static CliContext FromProcess() => new(Console.Out, Console.Error, TimeProvider.System, Environment.CurrentDirectory);

    /// <summary>Resolves a user-given path against the working directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
