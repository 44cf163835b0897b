using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Analyzer.Scheduling.Tests.Support;

/// <summary>
/// A real PostgreSQL server from Debian's postgresql package, started for the test run: initdb in a temp folder,
/// pg_ctl start on a free 127.0.0.1 port with trust authentication, stopped and deleted on dispose. PostgreSQL refuses
/// to run as root, so as root it runs as the user nobody. ./test.sh installs the package when it is missing.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalPostgres : IDisposable
{
    private readonly string bin;
    private readonly string folder;
    private readonly string data;
    private readonly bool asNobody = Environment.UserName == "root";

    public LocalPostgres()
    {
        bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
                ?? throw new InvalidOperationException("No PostgreSQL under /usr/lib/postgresql: install Debian's postgresql package (./test.sh does).")
            : throw new InvalidOperationException("No /usr/lib/postgresql: install Debian's postgresql package (./test.sh does).");
        folder = Directory.CreateTempSubdirectory("analyzer-pg-").FullName;
        // Open to the user nobody, whom PostgreSQL runs as when the tests run as root.
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
            | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        data = Path.Combine(folder, "data");
        Port = FreePort();
        Run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        Run("pg_ctl", "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres";

    public void Dispose()
    {
        try
        {
            Run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(asNobody ? "runuser" : Path.Combine(bin, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        if (asNobody)
        {
            foreach (var arg in new[] { "-u", "nobody", "--", Path.Combine(bin, tool) })
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }
}
