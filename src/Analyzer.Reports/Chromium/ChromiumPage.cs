using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analyzer.Reports.Chromium;

/// <summary>One page of a <see cref="ChromiumBrowser"/>: load a document, evaluate script, print, screenshot.</summary>
internal sealed class ChromiumPage : IAsyncDisposable
{
    private readonly CdpSession connection;
    private readonly ConcurrentQueue<string> errors = new();
    private TaskCompletionSource? loaded;

    private ChromiumPage(CdpSession connection)
    {
        this.connection = connection;
        connection.EventReceived += OnEvent;
    }

    /// <summary>Console errors, uncaught exceptions and failed loads the page reported, in order.</summary>
    public IReadOnlyCollection<string> Errors => errors.ToArray();

    internal static async Task<ChromiumPage> AttachAsync(CdpSession connection, CancellationToken cancellationToken)
    {
        var page = new ChromiumPage(connection);
        await connection.SendAsync("Page.enable", null, cancellationToken);
        await connection.SendAsync("Runtime.enable", null, cancellationToken);
        await connection.SendAsync("Log.enable", null, cancellationToken);
        return page;
    }

    public async Task NavigateAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var result = await connection.SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri }, cancellationToken);
        if (result.TryGetProperty("errorText", out var error))
        {
            throw new ChromiumException($"Chromium could not load {url}: {error.GetString()}");
        }

        await loaded.Task.WaitAsync(cancellationToken);
    }

    public async Task SetViewportAsync(int width, int height, bool mobile, CancellationToken cancellationToken) =>
        await connection.SendAsync(
            "Emulation.setDeviceMetricsOverride",
            new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = mobile },
            cancellationToken);

    /// <summary>Evaluates a script expression and returns its value (promises are awaited).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await connection.SendAsync(
            "Runtime.evaluate",
            new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true },
            cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new ChromiumException($"Script failed: {exception.GetRawText()}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    public async Task<byte[]> PrintToPdfAsync(JsonObject parameters, CancellationToken cancellationToken)
    {
        var result = await connection.SendAsync("Page.printToPDF", parameters, cancellationToken);
        return result.GetProperty("data").GetBytesFromBase64();
    }

    public async Task<byte[]> CaptureScreenshotAsync(bool fullPage, CancellationToken cancellationToken)
    {
        var result = await connection.SendAsync(
            "Page.captureScreenshot",
            new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = fullPage },
            cancellationToken);
        return result.GetProperty("data").GetBytesFromBase64();
    }

    private void OnEvent(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "Page.loadEventFired":
                loaded?.TrySetResult();
                break;
            case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() is "error" or "assert":
                errors.Enqueue("console: " + parameters.GetProperty("args").GetRawText());
                break;
            case "Runtime.exceptionThrown":
                errors.Enqueue("exception: " + parameters.GetProperty("exceptionDetails").GetRawText());
                break;
            case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error":
                errors.Enqueue("log: " + parameters.GetProperty("entry").GetRawText());
                break;
            default:
                break;
        }
    }

    /// <summary>Stops listening; the browser owns the connection and closes it.</summary>
    public ValueTask DisposeAsync()
    {
        connection.EventReceived -= OnEvent;
        connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
