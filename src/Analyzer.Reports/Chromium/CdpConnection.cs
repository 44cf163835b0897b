using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analyzer.Reports.Chromium;

/// <summary>
/// A minimal Chrome DevTools Protocol client over Chromium's --remote-debugging-pipe: NUL-terminated JSON messages
/// written to the browser's fd 3 and read from its fd 4 (our end of its stdin and stdout, see
/// <see cref="ChromiumBrowser"/>). No TCP port is opened, so no other local user can drive the browser; and when
/// Analyzer dies, even by SIGKILL, the pipe closes and Chromium shuts itself down. Commands carry ids (and the
/// session id of the page they are for); events are handed to a callback.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    private readonly Stream toBrowser;
    private readonly Stream fromBrowser;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly Task receiveLoop;
    private int nextId;

    public CdpConnection(Stream toBrowser, Stream fromBrowser)
    {
        this.toBrowser = toBrowser;
        this.fromBrowser = fromBrowser;
        receiveLoop = Task.Run(ReceiveLoopAsync, CancellationToken.None);
    }

    /// <summary>Raised on the receive loop for every event: the session id (null for the browser), the method name and its params.</summary>
    public event Action<string?, string, JsonElement>? EventReceived;

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString() + "\0");
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await toBrowser.WriteAsync(bytes, cancellationToken);
            await toBrowser.FlushAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            pending.TryRemove(id, out _);
            throw new ChromiumException($"The DevTools pipe to Chromium closed: {ex.Message}");
        }
        finally
        {
            sendLock.Release();
        }

        using var registration = cancellationToken.Register(() => reply.TrySetCanceled(cancellationToken));
        var result = await reply.Task;
        if (result.TryGetProperty("error", out var error))
        {
            throw new ChromiumException($"DevTools {method} failed: {error.GetRawText()}");
        }

        return result.TryGetProperty("result", out var value) ? value : default;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var read = await fromBrowser.ReadAsync(buffer);
                if (read == 0)
                {
                    break;
                }

                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] != 0)
                    {
                        continue;
                    }

                    message.Write(buffer, start, i - start);
                    Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
                    message.SetLength(0);
                    start = i + 1;
                }

                message.Write(buffer, start, read - start);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or JsonException)
        {
            // The browser went away or we are closing: fail whatever still waits for a reply below.
        }

        foreach (var waiting in pending.Values)
        {
            waiting.TrySetException(new ChromiumException("The DevTools connection to Chromium closed."));
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.Clone();
        if (root.TryGetProperty("id", out var idElement) && pending.TryRemove(idElement.GetInt32(), out var reply))
        {
            reply.TrySetResult(root);
        }
        else if (root.TryGetProperty("method", out var method))
        {
            var session = root.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
            EventReceived?.Invoke(session, method.GetString()!, root.TryGetProperty("params", out var p) ? p : default);
        }
    }

    /// <summary>Closes our end of the pipe (Chromium exits on it); the receive loop ends when the browser's end closes.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await toBrowser.DisposeAsync();
        }
        catch (IOException)
        {
            // Already broken: the browser is gone.
        }

        await fromBrowser.DisposeAsync();
        await receiveLoop.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        sendLock.Dispose();
    }
}
