using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Analyzer.Testing.PriceList;

/// <summary>
/// A real HTTP server on 127.0.0.1 that serves fixed files by path, as the public Price List endpoint does
/// (no credentials, no signing). Unknown paths get 404. It records the paths requested.
/// </summary>
public sealed class PriceListServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, string> files;
    private readonly Task loop;

    public PriceListServer(IReadOnlyDictionary<string, string> files)
    {
        this.files = new(files, StringComparer.Ordinal);
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUri.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Replaces or adds the file served at <paramref name="path"/>.</summary>
    public void Serve(string path, string content) => files[path] = content;

    public void Dispose()
    {
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with an exception when the listener closes; nothing to report.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url?.AbsolutePath ?? "/";
            Requests.Enqueue(path);
            using var response = context.Response;
            if (files.TryGetValue(path, out var body))
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                response.StatusCode = 200;
                response.ContentType = path.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/csv";
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes);
            }
            else
            {
                response.StatusCode = 404;
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
