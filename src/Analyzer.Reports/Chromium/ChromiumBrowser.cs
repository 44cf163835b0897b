using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Analyzer.Reports.Chromium;

/// <summary>
/// One headless Chromium process with a fresh profile directory, driven over the DevTools protocol on
/// 127.0.0.1. Disposing kills the process tree and deletes the profile.
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    private readonly Process process;
    private readonly string profileDirectory;
    private readonly Queue<string> stderrTail = new();

    private ChromiumBrowser(Process process, string profileDirectory)
    {
        this.process = process;
        this.profileDirectory = profileDirectory;
    }

    /// <summary>A scratch directory inside the profile, deleted with it; documents to load are written here.</summary>
    public string ScratchDirectory => Path.Combine(profileDirectory, "scratch");

    /// <exception cref="ChromiumNotFoundException">No Chromium executable was found.</exception>
    public static ChromiumBrowser Launch(ChromiumOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var executable = ChromiumLocator.Locate(options.ExecutablePath);
        var profile = Directory.CreateTempSubdirectory("analyzer-chromium-").FullName;
        Directory.CreateDirectory(Path.Combine(profile, "scratch"));
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                     "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--mute-audio",
                     "--hide-scrollbars", $"--user-data-dir={profile}", "--remote-debugging-port=0",
                     "--remote-debugging-address=127.0.0.1", "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw ChromiumNotFoundException.For(executable);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Directory.Delete(profile, recursive: true);
            throw new ChromiumNotFoundException(ChromiumNotFoundException.For(executable).Message, ex);
        }

        var browser = new ChromiumBrowser(process, profile);
        process.ErrorDataReceived += (_, e) => browser.Remember(e.Data);
        process.OutputDataReceived += (_, e) => browser.Remember(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return browser;
    }

    /// <summary>Connects to the page Chromium opened at start.</summary>
    public async Task<ChromiumPage> OpenPageAsync(CancellationToken cancellationToken)
    {
        var port = await WaitForPortAsync(cancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/") };
        var targets = await http.GetFromJsonAsync<JsonElement>("json/list", cancellationToken);
        foreach (var target in targets.EnumerateArray())
        {
            if (target.GetProperty("type").GetString() == "page")
            {
                var url = new Uri(target.GetProperty("webSocketDebuggerUrl").GetString()!);
                var connection = await CdpConnection.ConnectAsync(url, cancellationToken);
                return await ChromiumPage.AttachAsync(connection, cancellationToken);
            }
        }

        throw new ChromiumException("Chromium started without a page to attach to.");
    }

    private async Task<int> WaitForPortAsync(CancellationToken cancellationToken)
    {
        var portFile = Path.Combine(profileDirectory, "DevToolsActivePort");
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new ChromiumException(
                    $"Chromium exited with code {process.ExitCode.ToString(CultureInfo.InvariantCulture)} before it was ready: {StderrTail()}");
            }

            if (File.Exists(portFile))
            {
                var lines = await File.ReadAllLinesAsync(portFile, cancellationToken);
                if (lines.Length > 0 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
                {
                    return port;
                }
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (stderrTail)
        {
            stderrTail.Enqueue(line);
            if (stderrTail.Count > 20)
            {
                stderrTail.Dequeue();
            }
        }
    }

    private string StderrTail()
    {
        lock (stderrTail)
        {
            return string.Join(Environment.NewLine, stderrTail);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        process.Dispose();
        try
        {
            Directory.Delete(profileDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A helper process may still hold a file for a moment; the temp directory is not worth failing the report for.
        }
    }
}
