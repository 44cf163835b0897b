using Analyzer.Cli.Terminal;
using Analyzer.Jobs;

namespace Analyzer.Cli;

/// <summary>What every command gets from the composition root: output streams, the clock, the working directory and HTTP.</summary>
/// <param name="HttpClientFactory">Creates the clients that download public files (the Price List); AWS APIs use the SDK's own.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, TimeProvider Time, string WorkingDirectory, Func<HttpClient> HttpClientFactory)
{
    public static CliContext FromProcess() =>
        new(Console.Out, Console.Error, TimeProvider.System, Environment.CurrentDirectory, () => new HttpClient());

    /// <summary>Reads an environment variable (AWS Batch's AWS_BATCH_JOB_ARRAY_INDEX); tests give their own.</summary>
    public Func<string, string?> Variable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>What an interactive command (`whatif --interactive`) reads its lines from; tests give their own.</summary>
    public TextReader Input { get; init; } = Console.In;

    /// <summary>Whether an interactive command prompts for each line: only when a person types them.</summary>
    public bool Prompt => ReferenceEquals(Input, Console.In) && !Console.IsInputRedirected;

    /// <summary>Resolves a user-given path against the working directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The jobs' view of this context: the same streams and clock, a progress display fit for the output.</summary>
    public JobContext Jobs() => new(Output, Error, Time, RunProgress.For(Output, Time));
}
