using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Analyzer.Scheduling;

/// <summary>The Hangfire server as a hosted service: started with the host, stopped (and waited for) on shutdown.</summary>
internal sealed class HangfireServerService(SchedulerServer server) : IHostedService, IDisposable
{
    private BackgroundJobServer? running;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        running = server.Start(recurring: true);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (running is null)
        {
            return;
        }

        // Running jobs see their cancellation token now; the host's shutdown timeout bounds the wait.
        running.SendStop();
        await running.WaitForShutdownAsync(cancellationToken);
    }

    public void Dispose() => running?.Dispose();
}
