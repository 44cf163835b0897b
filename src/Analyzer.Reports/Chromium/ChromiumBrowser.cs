using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Analyzer.Reports.Chromium;

/// <summary>
/// One headless Chromium process, a child that dies with Analyzer: it is driven over --remote-debugging-pipe (no
/// DevTools TCP port), and the pipe is its lifeline, so when Analyzer exits or is killed (SIGKILL included) the
/// pipe closes and Chromium shuts down. Its profile is a fresh private (0700) temp folder; disposing closes the
/// pipe, kills the process tree if it lingers, and deletes the profile. A profile left by a killed Analyzer is
/// deleted by the next launch (<see cref="ChromiumProfiles"/>).
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    // Chromium reads DevTools commands on fd 3 and writes replies on fd 4. .NET's Process cannot hand a child extra
    // descriptors, so a POSIX shell moves our stdin/stdout pipes there and execs Chromium in its own place.
    private const string PipeWrapper = "exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>/dev/null";

    private readonly Process process;
    private readonly string profileDirectory;
    private readonly CdpConnection connection;
    private readonly Queue<string> stderrTail = new();

    private ChromiumBrowser(Process process, string profileDirectory)
    {
        this.process = process;
        this.profileDirectory = profileDirectory;
        connection = new CdpConnection(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
    }

    /// <summary>A scratch directory inside the profile, deleted with it; documents to load are written here.</summary>
    public string ScratchDirectory => Path.Combine(profileDirectory, "scratch");

    /// <summary>The browser's process id (for the tests that check it is gone).</summary>
    public int ProcessId => process.Id;

    /// <exception cref="ChromiumNotFoundException">No Chromium executable was found.</exception>
    public static ChromiumBrowser Launch(ChromiumOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var executable = ChromiumLocator.Locate(options.ExecutablePath);
        ChromiumProfiles.DeleteAbandoned();
        var profile = ChromiumProfiles.Create();
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-c", PipeWrapper, executable,
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                     "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--mute-audio",
                     "--hide-scrollbars", $"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank",
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
            ChromiumProfiles.Delete(profile);
            throw new ChromiumNotFoundException(ChromiumNotFoundException.For(executable).Message, ex);
        }

        var browser = new ChromiumBrowser(process, profile);
        process.ErrorDataReceived += (_, e) => browser.Remember(e.Data);
        process.BeginErrorReadLine();
        return browser;
    }

    /// <summary>Opens a new page and attaches a DevTools session to it.</summary>
    public async Task<ChromiumPage> OpenPageAsync(CancellationToken cancellationToken)
    {
        try
        {
            var target = await connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, cancellationToken);
            var attached = await connection.SendAsync(
                "Target.attachToTarget",
                new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true },
                null,
                cancellationToken);
            var session = new CdpSession(connection, attached.GetProperty("sessionId").GetString()!);
            return await ChromiumPage.AttachAsync(session, cancellationToken);
        }
        catch (ChromiumException) when (process.HasExited)
        {
            throw new ChromiumException(
                $"Chromium exited with code {process.ExitCode.ToString(CultureInfo.InvariantCulture)} before it was ready: {StderrTail()}");
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
        // Closing the pipe asks Chromium to shut down; a browser that lingers is killed with its helpers.
        await connection.DisposeAsync();
        try
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        process.Dispose();
        ChromiumProfiles.Delete(profileDirectory);
    }
}
