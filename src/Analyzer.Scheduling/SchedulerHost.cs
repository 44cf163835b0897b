using Analyzer.Scheduling.Dashboard;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Analyzer.Scheduling;

/// <summary>
/// `analyzer schedule`: a .NET generic host running the Hangfire server (and, with a token, the dashboard and the
/// history page) until SIGTERM, Ctrl+C or <c>cancellationToken</c>. On shutdown the workers are told to stop, each
/// running job sees its cancellation token, and every step ends in its own transaction or not at all.
/// </summary>
public static class SchedulerHost
{
    /// <summary>Fires what is due, runs it to the end and returns how each fired job ended.</summary>
    public static async Task<IReadOnlyList<FiredJob>> RunOnceAsync(SchedulerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var storage = HangfireStorageFactory.Create(options.StorePath, options.PostgresConnection);
        try
        {
            var server = new SchedulerServer(Runtime(options, storage), options.PollingInterval);
            server.Register();
            return await OnceRun.RunAsync(server, cancellationToken);
        }
        finally
        {
            (storage as IDisposable)?.Dispose();
        }
    }

    /// <summary>Runs until stopped; <paramref name="started"/> is called with the dashboard's address once it listens (null: no dashboard).</summary>
    public static async Task RunAsync(SchedulerOptions options, Action<Uri?>? started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var storage = HangfireStorageFactory.Create(options.StorePath, options.PostgresConnection);
        try
        {
            var server = new SchedulerServer(Runtime(options, storage), options.PollingInterval);
            server.Register();
            using var host = options.DashboardToken is { Length: > 0 } token ? WebHost(options, server, token) : PlainHost(server);
            await host.StartAsync(cancellationToken);
            started?.Invoke(options.DashboardToken is { Length: > 0 } ? ListeningAddress(host) : null);
            await host.WaitForShutdownAsync(cancellationToken);
        }
        finally
        {
            (storage as IDisposable)?.Dispose();
        }
    }

    private static SchedulerRuntime Runtime(SchedulerOptions options, JobStorage storage) =>
        new(options.StorePath, options.Config, storage, options.Time, TextWriter.Synchronized(options.Output), TextWriter.Synchronized(options.Error));

    private static IHost PlainHost(SchedulerServer server)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(server);
        builder.Services.AddHostedService<HangfireServerService>();
        return builder.Build();
    }

    private static WebApplication WebHost(SchedulerOptions options, SchedulerServer server, string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls);
        builder.Services.AddSingleton(server);
        builder.Services.AddSingleton(server.Runtime.Storage);
        builder.Services.AddHangfire(_ => { });
        builder.Services.AddHostedService<HangfireServerService>();
        var app = builder.Build();
        var gate = new DashboardGate(token);
        app.Use(gate.InvokeAsync);
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [gate],
            AppPath = "/",
            DisplayStorageConnectionString = false,
            DashboardTitle = "Analyzer scheduler",
        }, server.Runtime.Storage);
        HistoryPage.Map(app, server, gate);
        return app;
    }

    private static Uri? ListeningAddress(IHost host)
    {
        var addresses = host.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses;
        return addresses?.FirstOrDefault() is { } first ? new Uri(first) : null;
    }
}
