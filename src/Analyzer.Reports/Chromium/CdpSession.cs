using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analyzer.Reports.Chromium;

/// <summary>One page's DevTools session on the browser's <see cref="CdpConnection"/> (Target.attachToTarget, flatten).</summary>
internal sealed class CdpSession : IDisposable
{
    private readonly CdpConnection connection;
    private readonly string sessionId;

    public CdpSession(CdpConnection connection, string sessionId)
    {
        this.connection = connection;
        this.sessionId = sessionId;
        connection.EventReceived += OnEvent;
    }

    /// <summary>Raised for every event of this session: the method name and its params.</summary>
    public event Action<string, JsonElement>? EventReceived;

    public Task<JsonElement> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken) =>
        connection.SendAsync(method, parameters, sessionId, cancellationToken);

    public void Dispose() => connection.EventReceived -= OnEvent;

    private void OnEvent(string? session, string method, JsonElement parameters)
    {
        if (session == sessionId)
        {
            EventReceived?.Invoke(method, parameters);
        }
    }
}
