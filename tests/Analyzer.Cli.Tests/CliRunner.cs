namespace Analyzer.Cli.Tests;

/// <summary>Runs the real command tree in-process with captured output.</summary>
internal static class CliRunner
{
    public static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        RunInAsync(Directory.GetCurrentDirectory(), TimeProvider.System, args);

    public static Task<(int Code, string Output, string Error)> RunInAsync(string workingDirectory, TimeProvider time, params string[] args) =>
        RunInAsync(workingDirectory, time, TextReader.Null, args);

    /// <summary>With <paramref name="input"/> as standard input (an interactive command's lines).</summary>
    public static async Task<(int Code, string Output, string Error)> RunInAsync(string workingDirectory, TimeProvider time, TextReader input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, time, workingDirectory, () => new HttpClient()) { Input = input };
        var code = await AnalyzerApp.RunAsync(args, context, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
