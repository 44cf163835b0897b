using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Analyzer.Testing.Moto;

/// <summary>
/// moto's standalone server (<c>python3 -m moto.server</c>) on a free 127.0.0.1 port, for one test class
/// (<c>IClassFixture&lt;MotoServer&gt;</c>). It answers every AWS service moto implements on one endpoint, checks
/// nothing about signatures, and keeps its state until <see cref="ResetAsync"/> or dispose, which kills it.
/// </summary>
public sealed class MotoServer : IDisposable
{
    /// <summary>moto's access key: any key works, but boto3 and the SDK need one to sign.</summary>
    public const string AccessKeyId = "testing";

    public const string SecretAccessKey = "testing";

    private readonly Process _process;

    public MotoServer()
    {
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("python3", ["-m", "moto.server", "-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("MotoServer needs python3 with moto[server] 5.x (Debian: apt-get install python3-moto python3-flask python3-flask-cors; or pip install 'moto[server]').", ex);
        }

        // Drain the server's log so its pipes never fill and block it; keep the tail for a failure message.
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _process.ErrorDataReceived += (_, e) => Keep(log, e.Data);
        _process.OutputDataReceived += (_, e) => Keep(log, e.Data);
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        WaitUntilAnswering(log);
    }

    public Uri Endpoint { get; }

    /// <summary>Forgets every resource moto holds (POST /moto-api/reset).</summary>
    public async Task ResetAsync()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(Endpoint, "moto-api/reset"), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Runs a Python script (boto3 against this server: AWS_ENDPOINT_URL, test keys, us-east-1) and returns its
    /// standard output; a non-zero exit throws with its standard error.
    /// </summary>
    public async Task<string> RunPythonAsync(string scriptPath, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3", [scriptPath, .. arguments])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["AWS_ENDPOINT_URL"] = Endpoint.ToString();
        start.Environment["AWS_ACCESS_KEY_ID"] = AccessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = SecretAccessKey;
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment.Remove("AWS_PROFILE");
        start.Environment.Remove("AWS_SESSION_TOKEN");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"python3 {Path.GetFileName(scriptPath)} exited with {process.ExitCode}: {await error}");
    }

    /// <summary>
    /// Seeds the server with the small organisation seed_moto.py describes (EC2 instances and a tagged group, an ECS
    /// service, a Lambda function, two hours of CPU from <paramref name="start"/>) and returns the ids it created.
    /// </summary>
    public async Task<MotoSeed> SeedAsync(DateTime start)
    {
        var printed = await RunPythonAsync(SeedScript(), start.ToString("s", System.Globalization.CultureInfo.InvariantCulture));
        using var ids = System.Text.Json.JsonDocument.Parse(printed);
        return new MotoSeed(ids.RootElement.GetProperty("single")[0].GetString()!);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private static string SeedScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "tests", "Analyzer.Testing", "Moto", "seed_moto.py");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException("tests/Analyzer.Testing/Moto/seed_moto.py not found above the test binaries.");
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> log, string? line)
    {
        if (line is null)
        {
            return;
        }

        log.Enqueue(line);
        while (log.Count > 20 && log.TryDequeue(out _))
        {
        }
    }

    private void WaitUntilAnswering(System.Collections.Concurrent.ConcurrentQueue<string> log)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException(
                    $"moto server exited with {_process.ExitCode} before answering; it needs python3 with moto[server] 5.x "
                    + $"(Debian: python3-moto, python3-flask, python3-flask-cors). Its output: {string.Join(" | ", log)}");
            }

            try
            {
                using var response = http.GetAsync(new Uri(Endpoint, "moto-api/data.json")).GetAwaiter().GetResult();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to start on a busy machine.
            }

            Thread.Sleep(100);
        }

        Dispose();
        throw new InvalidOperationException($"moto server did not answer on {Endpoint} within 60 s. Its output: {string.Join(" | ", log)}");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
