using System.Diagnostics;

namespace Analyzer.Testing.Processes;

/// <summary>
/// Runs a program as a separate process with its output captured (stdout is a pipe, not a terminal), with the
/// environment given on top of this process's own (a null value removes a variable).
/// </summary>
public static class ChildProcess
{
    public static async Task<ChildProcessResult> RunAsync(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null,
        TimeSpan? timeout = null)
    {
        using var process = Start(program, arguments, environment, workingDirectory);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(15));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not end within {timeout ?? TimeSpan.FromMinutes(15)}: {await error}");
        }

        return new ChildProcessResult(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the process and hands it over with its output streams redirected; the caller reads and disposes them.</summary>
    public static Process Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
    }
}
