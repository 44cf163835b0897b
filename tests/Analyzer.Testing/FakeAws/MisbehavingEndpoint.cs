using System.Net;
using System.Net.Sockets;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// A TCP listener on 127.0.0.1 that misbehaves the way a broken network or endpoint does: it accepts every
/// connection and then never answers (<see cref="EndpointMisbehaviour.Hang"/>), or resets it at once
/// (<see cref="EndpointMisbehaviour.Reset"/>).
/// </summary>
public sealed class MisbehavingEndpoint : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly List<Socket> held = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int accepted;

    public MisbehavingEndpoint(EndpointMisbehaviour misbehaviour)
    {
        listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        loop = Task.Run(() => AcceptAsync(misbehaviour));
    }

    public Uri Endpoint { get; }

    /// <summary>Connections accepted so far (one per attempt the client made).</summary>
    public int Accepted => Volatile.Read(ref accepted);

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with the listener.
        }

        lock (held)
        {
            foreach (var socket in held)
            {
                socket.Dispose();
            }
        }

        stop.Dispose();
    }

    private async Task AcceptAsync(EndpointMisbehaviour misbehaviour)
    {
        while (!stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref accepted);
            if (misbehaviour == EndpointMisbehaviour.Reset)
            {
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
                continue;
            }

            lock (held)
            {
                held.Add(socket);
            }
        }
    }
}
