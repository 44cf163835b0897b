using System.CommandLine;
using Analyzer.Scheduling;

namespace Analyzer.Cli.Commands.Schedule;

/// <summary>
/// `analyzer schedule`: the long-running scheduler (Hangfire) that collects daily and reports monthly from the
/// configuration file (docs/schedule.md), with a dashboard and a run-history page when ANALYZER_DASHBOARD_TOKEN is set.
/// `--once` fires what is due, runs it to the end and exits.
/// </summary>
internal static class ScheduleCommand
{
    public const string TokenVariable = "ANALYZER_DASHBOARD_TOKEN";

    public static Command Create(CliContext context, Option<string> store)
    {
        var config = new Option<string?>("--config") { Description = "Schedule file (docs/schedule.md): the jobs' cron and time zone, the collection and settings files, the output folder." };
        var once = new Option<bool>("--once") { Description = "Fire the jobs that are due, run them to the end and exit (for tests and cron)." };
        var postgres = new Option<string?>("--hangfire-postgres") { Description = "Keep Hangfire's state in PostgreSQL (an Npgsql connection string) instead of the SQLite file beside the store." };
        var urls = new Option<string>("--urls") { Description = "Where the dashboard listens (it needs ANALYZER_DASHBOARD_TOKEN).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var poll = new Option<int>("--poll-seconds") { Description = "How often due and delayed jobs are looked for.", DefaultValueFactory = _ => 15, Hidden = true };
        var command = new Command("schedule", "Run the collection and the reports on a schedule (Hangfire), with a dashboard and the run history.") { config, once, postgres, urls, poll };
        command.Validators.Add(result =>
        {
            if (result.GetValue(poll) is < 1 or > 3600)
            {
                result.AddError("--poll-seconds must be between 1 and 3600.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(config) is { } path
                ? ScheduleConfig.Load(context.ResolvePath(path))
                : new ScheduleConfig { BaseDirectory = context.WorkingDirectory }.Validate();
            var options = new SchedulerOptions(context.ResolvePath(parse.GetValue(store)!), file, parse.GetValue(postgres), context.Time, context.Output, context.Error)
            {
                Urls = parse.GetValue(urls)!,
                DashboardToken = Environment.GetEnvironmentVariable(TokenVariable),
                PollingInterval = TimeSpan.FromSeconds(parse.GetValue(poll)),
            };
            return parse.GetValue(once) ? await OnceAsync(context, options, cancellationToken) : await ServeAsync(context, options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> OnceAsync(CliContext context, SchedulerOptions options, CancellationToken cancellationToken)
    {
        var fired = await SchedulerHost.RunOnceAsync(options, cancellationToken);
        if (fired.Count == 0)
        {
            await context.Output.WriteLineAsync("nothing is due");
            return ExitCodes.Success;
        }

        foreach (var job in fired)
        {
            await context.Output.WriteLineAsync($"{job.RecurringJobId}: {job.State}{(job.Message is { } m ? $" ({m})" : string.Empty)}");
        }

        return fired.All(j => j.State == "Succeeded") ? ExitCodes.Success
            : fired.Any(j => j.ExceptionType?.Contains("ConfigurationException", StringComparison.Ordinal) == true) ? ExitCodes.Usage
            : ExitCodes.Unexpected;
    }

    private static async Task<int> ServeAsync(CliContext context, SchedulerOptions options, CancellationToken cancellationToken)
    {
        if (options.DashboardToken is not { Length: > 0 })
        {
            await context.Output.WriteLineAsync($"no dashboard: set {TokenVariable} to serve it (it is never served without a token)");
        }

        await SchedulerHost.RunAsync(options, address =>
        {
            if (address is not null)
            {
                context.Output.WriteLine($"dashboard: {address} (history), {new Uri(address, "/hangfire")} (Hangfire)");
            }

            context.Output.WriteLine("scheduler started; Ctrl+C or SIGTERM stops it after the running jobs end their current step");
        }, cancellationToken);
        return ExitCodes.Success;
    }
}
