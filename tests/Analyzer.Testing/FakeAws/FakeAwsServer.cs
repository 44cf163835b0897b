using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// A fake AWS endpoint on 127.0.0.1 that speaks the wire protocols (JSON with X-Amz-Target, query and EC2 query
/// with form bodies and XML, REST-JSON by path), verifies every request's SigV4 signature against the keys it
/// knows, counts calls per operation and plays scripted faults before handing a request to its handler.
/// </summary>
public sealed class FakeAwsServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, FakeAwsCredential> _credentials = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<FakeAwsRequest, FakeAwsResponse>> _handlers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Operation, string AccessKeyId)> _signers = new();
    private readonly List<ScriptedFault> _faults = [];
    private readonly List<(string Path, string Service, string Operation)> _restRoutes = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _rejected;

    public FakeAwsServer()
    {
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        AddCredential(FakeAwsCredential.Default);
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri Endpoint { get; }

    /// <summary>Requests refused before reaching a handler: bad or missing signature, unknown key, expired token.</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    /// <summary>The clock sessions with an <see cref="FakeAwsCredential.ExpiresAt"/> are judged by.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>The access keys that signed accepted calls of an operation, in arrival order.</summary>
    public IReadOnlyList<string> SignedBy(string operation) => [.. _signers.Where(s => s.Operation == operation).Select(s => s.AccessKeyId)];

    public void AddCredential(FakeAwsCredential credential) => _credentials[credential.AccessKeyId] = credential;

    /// <summary>Serves <paramref name="operation"/> of the service whose signing name is <paramref name="service"/>.</summary>
    public void Handle(string service, string operation, Func<FakeAwsRequest, FakeAwsResponse> handler) =>
        _handlers[$"{service}:{operation}"] = handler;

    /// <summary>REST-JSON: routes requests whose path starts with <paramref name="pathPrefix"/> to an operation.</summary>
    public void Route(string pathPrefix, string service, string operation)
    {
        lock (_restRoutes)
        {
            _restRoutes.Add((pathPrefix, service, operation));
        }
    }

    /// <summary>The next <paramref name="times"/> calls of the operation (optionally only for one account) get the fault.</summary>
    public void Fail(string operation, FakeFault fault, int times = 1, string? accountId = null)
    {
        lock (_faults)
        {
            _faults.Add(new ScriptedFault(operation, fault, times, accountId));
        }
    }

    /// <summary>Calls of an operation that passed the signature check, faults included.</summary>
    public int Calls(string operation) => _calls.TryGetValue(operation, out var n) ? n : 0;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with the listener; its exit exception is of no interest.
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        try
        {
            var response = Dispatch(context.Request);
            Write(context.Response, response);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away (or we dropped it on purpose for a truncated body).
        }
    }

    private FakeAwsResponse Dispatch(HttpListenerRequest http)
    {
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            http.InputStream.CopyTo(buffer);
            body = buffer.ToArray();
        }

        var headers = http.Headers.AllKeys.Where(k => k is not null)
            .ToDictionary(k => k!.ToLowerInvariant(), k => http.Headers[k]!, StringComparer.Ordinal);
        var rawUrl = http.RawUrl ?? "/";
        var queryStart = rawUrl.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart >= 0 ? rawUrl[..queryStart] : rawUrl;
        var rawQuery = queryStart >= 0 ? rawUrl[(queryStart + 1)..] : string.Empty;
        var form = headers.TryGetValue("content-type", out var contentType) && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal)
            ? ParseForm(Encoding.UTF8.GetString(body))
            : new Dictionary<string, string>(StringComparer.Ordinal);

        var (scope, authError) = SigV4Verifier.ParseAuthorization(headers.GetValueOrDefault("authorization"));
        var signingService = scope?.Service ?? string.Empty;
        var (protocol, operation) = Route(headers, form, rawPath, signingService);
        if (scope is null)
        {
            return Reject(FakeAwsErrors.Error(protocol, 403, "MissingAuthenticationToken", authError!));
        }

        if (!_credentials.TryGetValue(scope.AccessKeyId, out var credential))
        {
            return Reject(FakeAwsErrors.UnknownKey(protocol));
        }

        var signatureError = SigV4Verifier.Verify(scope, credential.SecretAccessKey, http.HttpMethod, rawPath, rawQuery, headers, body);
        if (signatureError is not null)
        {
            return Reject(FakeAwsErrors.SignatureMismatch(protocol, signatureError));
        }

        if (credential.SessionToken is not null && headers.GetValueOrDefault("x-amz-security-token") != credential.SessionToken)
        {
            return Reject(FakeAwsErrors.UnknownKey(protocol));
        }

        if (credential.Expired || credential.ExpiresAt <= Time.GetUtcNow())
        {
            return Reject(FakeAwsErrors.ExpiredToken(protocol));
        }

        _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        _signers.Enqueue((operation, credential.AccessKeyId));
        var request = new FakeAwsRequest
        {
            Method = http.HttpMethod,
            Path = rawPath,
            Query = ParseForm(rawQuery).ToList(),
            Headers = headers,
            Body = body,
            Service = signingService,
            Operation = operation,
            Region = scope.Region,
            Protocol = protocol,
            Credential = credential,
            Form = form,
        };
        if (TakeFault(operation, credential.AccountId) is { } fault)
        {
            return fault switch
            {
                FakeFault.Malformed or FakeFault.Truncated => Cut(Handler(request), fault),
                _ => FakeAwsErrors.For(protocol, signingService, fault),
            };
        }

        return Handler(request);
    }

    private FakeAwsResponse Handler(FakeAwsRequest request) =>
        _handlers.TryGetValue($"{request.Service}:{request.Operation}", out var handler)
            ? handler(request)
            : FakeAwsErrors.Error(request.Protocol, 400, "InvalidAction", $"The fake does not serve {request.Service} {request.Operation}.");

    private static FakeAwsResponse Cut(FakeAwsResponse whole, FakeFault fault) => fault == FakeFault.Malformed
        ? whole with { Body = whole.Body[..(whole.Body.Length / 2)] }
        : whole with { SendBytes = whole.Body.Length / 2 };

    private FakeAwsResponse Reject(FakeAwsResponse response)
    {
        Interlocked.Increment(ref _rejected);
        return response;
    }

    private (FakeAwsProtocol Protocol, string Operation) Route(Dictionary<string, string> headers, Dictionary<string, string> form, string path, string service)
    {
        if (headers.TryGetValue("x-amz-target", out var target))
        {
            return (FakeAwsProtocol.Json, target[(target.LastIndexOf('.') + 1)..]);
        }

        if (form.TryGetValue("Action", out var action))
        {
            return (service == "ec2" ? FakeAwsProtocol.Ec2Query : FakeAwsProtocol.Query, action);
        }

        lock (_restRoutes)
        {
            var route = _restRoutes.FirstOrDefault(r => path.StartsWith(r.Path, StringComparison.Ordinal) && r.Service == service);
            return (FakeAwsProtocol.RestJson, route.Operation ?? "Unknown");
        }
    }

    private FakeFault? TakeFault(string operation, string accountId)
    {
        lock (_faults)
        {
            var scripted = _faults.FirstOrDefault(f => f.Operation == operation && f.Remaining > 0 && (f.AccountId is null || f.AccountId == accountId));
            if (scripted is null)
            {
                return null;
            }

            scripted.Remaining--;
            return scripted.Fault;
        }
    }

    private static void Write(HttpListenerResponse http, FakeAwsResponse response)
    {
        http.StatusCode = response.Status;
        http.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            http.Headers[name] = value;
        }

        http.ContentLength64 = response.Body.Length;
        if (response.SendBytes is { } cut)
        {
            http.OutputStream.Write(response.Body, 0, cut);
            http.OutputStream.Flush();
            http.Abort();
            return;
        }

        http.OutputStream.Write(response.Body);
        http.Close();
    }

    private static Dictionary<string, string> ParseForm(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            result[Uri.UnescapeDataString(kv[0].Replace('+', ' '))] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : string.Empty;
        }

        return result;
    }

    private sealed class ScriptedFault(string operation, FakeFault fault, int remaining, string? accountId)
    {
        public string Operation { get; } = operation;

        public FakeFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;

        public string? AccountId { get; } = accountId;
    }
}
