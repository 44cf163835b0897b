using System.Diagnostics;
using System.Text;

namespace Analyzer.Cli.Tests.Reliability;

/// <summary>
/// Runs the real `analyzer` as a child process (dotnet analyzer.dll from the test's output folder), so it can be
/// killed with a signal at a chosen moment. Each child gets its own TMPDIR, so the browser profiles and any process
/// it leaves behind can be found by that folder.
/// </summary>
internal sealed class CliProcess
{
    /// <summary>Upper bound for one child; a child past it is killed and the test fails (a hang, not slowness).</summary>
    public static readonly TimeSpan Watchdog = TimeSpan.FromMinutes(4);

    private readonly string workingDirectory;
    private readonly IReadOnlyDictionary<string, string?> environment;

    public CliProcess(string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        this.workingDirectory = workingDirectory;
        TempDirectory = Directory.CreateDirectory(Path.Combine(workingDirectory, ".tmp")).FullName;
        this.environment = environment ?? new Dictionary<string, string?>();
    }

    /// <summary>The children's TMPDIR.</summary>
    public string TempDirectory { get; }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, signalAfter: null, signal: null);

    /// <summary>Runs the command and sends <paramref name="signal"/> (9 or 15) once <paramref name="signalAfter"/> has passed, if it still runs.</summary>
    public async Task<CliResult> RunAsync(string[] args, TimeSpan? signalAfter, int? signal, Func<bool>? signalWhen = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "analyzer.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TMPDIR"] = TempDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // The output is redirected, which selects JSON log lines; these tests read the plain messages.
        start.Environment["ANALYZER_LOG_FORMAT"] = "text";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var signalled = false;
        if (signal is { } number)
        {
            var deadline = Stopwatch.StartNew();
            while (!process.HasExited && deadline.Elapsed < Watchdog)
            {
                if ((signalAfter is { } after && deadline.Elapsed >= after) || (signalWhen?.Invoke() ?? false))
                {
                    signalled = Kill(process.Id, number);
                    break;
                }

                await Task.Delay(20);
            }
        }

        using var watchdog = new CancellationTokenSource(Watchdog);
        try
        {
            await process.WaitForExitAsync(watchdog.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"analyzer {string.Join(' ', args)} did not end within {Watchdog}: {error}");
        }

        process.WaitForExit();
        lock (output)
        {
            lock (error)
            {
                return new CliResult(process.ExitCode, output.ToString(), error.ToString(), signalled);
            }
        }
    }

    /// <summary>Process ids whose command line mentions <see cref="TempDirectory"/> (a browser a child started).</summary>
    public IReadOnlyList<int> ProcessesUsingTempDirectory()
    {
        var found = new List<int>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(TempDirectory, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile.
            }
        }

        return found;
    }

    /// <summary>Waits (bounded) for every process using the temp folder to go; returns those still there.</summary>
    public async Task<IReadOnlyList<int>> LeftBehindAsync(TimeSpan grace)
    {
        var waited = Stopwatch.StartNew();
        IReadOnlyList<int> left;
        while ((left = ProcessesUsingTempDirectory()).Count > 0 && waited.Elapsed < grace)
        {
            await Task.Delay(200);
        }

        foreach (var pid in left)
        {
            Kill(pid, 9);
        }

        return left;
    }

    private static bool Kill(int pid, int signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        })!;
        kill.WaitForExit();
        return kill.ExitCode == 0;
    }
}
