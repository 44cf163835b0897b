using Hangfire;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;

namespace Analyzer.Scheduling;

/// <summary>
/// Hangfire wired for Analyzer without its process-wide defaults: the filters are our own (the retry policy in place of
/// AutomaticRetry), the jobs resolve to one <see cref="AnalyzerJobs"/>, and the recurring scheduler reads the
/// <see cref="TimeProvider"/>, so a test's clock decides what is due.
/// </summary>
public sealed class SchedulerServer
{
    private readonly SchedulerRuntime runtime;
    private readonly JobFilterCollection filters = [];
    private readonly TimeSpan pollingInterval;

    public SchedulerServer(SchedulerRuntime runtime, TimeSpan pollingInterval)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        this.runtime = runtime;
        this.pollingInterval = pollingInterval;
        filters.Add(new RetryFilter(runtime.Config.Retry));
        filters.Add(new StatisticsHistoryAttribute());
        filters.Add(new ContinuationsSupportAttribute());
        Factory = new BackgroundJobFactory(filters);
        StateChanger = new BackgroundJobStateChanger(filters);
        Manager = new RecurringJobManager(runtime.Storage, filters, new DefaultTimeZoneResolver(), Now);
        Client = new BackgroundJobClient(runtime.Storage, Factory, StateChanger);
    }

    public SchedulerRuntime Runtime => runtime;

    public RecurringJobManager Manager { get; }

    public BackgroundJobClient Client { get; }

    private BackgroundJobFactory Factory { get; }

    private BackgroundJobStateChanger StateChanger { get; }

    /// <summary>Writes the configured recurring jobs into the storage.</summary>
    public void Register() => ScheduleRegistrar.Register(Manager, runtime.Config);

    /// <summary>Starts the workers; with <paramref name="recurring"/> also the scheduler that fires recurring jobs when due.</summary>
    /// <param name="workers">Two let a collection and a report run side by side; one runs jobs in the order they were fired.</param>
    public BackgroundJobServer Start(bool recurring, int workers = 2)
    {
        var options = new BackgroundJobServerOptions
        {
            IsLightweightServer = true,
            WorkerCount = workers,
            Activator = new Activator(new AnalyzerJobs(runtime)),
            FilterProvider = filters,
            SchedulePollingInterval = pollingInterval,
            ShutdownTimeout = TimeSpan.FromSeconds(60),
            CancellationCheckInterval = TimeSpan.FromSeconds(1),
        };
        var processes = new List<IBackgroundProcess> { new DelayedJobScheduler(pollingInterval, StateChanger) };
        if (recurring)
        {
            processes.Add(new RecurringJobScheduler(Factory, pollingInterval, new DefaultTimeZoneResolver(), Now));
        }

        return new BackgroundJobServer(options, runtime.Storage, processes);
    }

    private DateTime Now() => runtime.Time.GetUtcNow().UtcDateTime;

    private sealed class Activator(AnalyzerJobs jobs) : JobActivator
    {
        public override object ActivateJob(Type jobType) => jobType == typeof(AnalyzerJobs) ? jobs : base.ActivateJob(jobType);
    }
}
