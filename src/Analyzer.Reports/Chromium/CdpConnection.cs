using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analyzer.Reports.Chromium;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one WebSocket on 127.0.0.1: commands with ids, their replies,
/// and events handed to a callback. Only what the PDF writer and the report tests need.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource closing = new();
    private Task? receiveLoop;
    private int nextId;

    private CdpConnection()
    {
        // Page.printToPDF answers with the whole document in base64: allow large frames to accumulate.
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    /// <summary>Raised on the receive loop for every event: the method name and its params.</summary>
    public event Action<string, JsonElement>? EventReceived;

    public static async Task<CdpConnection> ConnectAsync(Uri webSocketUrl, CancellationToken cancellationToken)
    {
        var connection = new CdpConnection();
        await connection.socket.ConnectAsync(webSocketUrl, cancellationToken);
        connection.receiveLoop = Task.Run(connection.ReceiveLoopAsync, CancellationToken.None);
        return connection;
    }

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
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
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
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
            EventReceived?.Invoke(method.GetString()!, root.TryGetProperty("params", out var p) ? p : default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        if (receiveLoop is not null)
        {
            await receiveLoop;
        }

        socket.Dispose();
        closing.Dispose();
        sendLock.Dispose();
    }
}
