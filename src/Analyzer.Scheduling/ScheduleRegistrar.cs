using Analyzer.Core;
using Hangfire;
using Hangfire.Common;

namespace Analyzer.Scheduling;

/// <summary>Writes the configured recurring jobs into Hangfire's storage (kept there across restarts) and removes disabled ones.</summary>
internal static class ScheduleRegistrar
{
    public const string CollectJobId = "collect";
    public const string ReportJobId = "report";

    public static void Register(RecurringJobManager manager, ScheduleConfig config)
    {
        Register(manager, CollectJobId, config.Collect, config, Job.FromExpression<AnalyzerJobs>(j => j.CollectAsync(CancellationToken.None)));
        Register(manager, ReportJobId, config.Report, config, Job.FromExpression<AnalyzerJobs>(j => j.ReportAsync(CancellationToken.None)));
    }

    private static void Register(RecurringJobManager manager, string id, ScheduledJobConfig job, ScheduleConfig config, Job call)
    {
        if (!job.Enabled)
        {
            manager.RemoveIfExists(id);
            return;
        }

        var zone = ScheduleTimeZones.Find(job.TimeZone ?? config.TimeZone, id + ".timeZone");
        try
        {
            manager.AddOrUpdate(id, call, job.Cron, new RecurringJobOptions { TimeZone = zone });
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationException(id + ".cron", $"'{job.Cron}' is not a cron expression: {ex.InnerException?.Message ?? ex.Message}");
        }
    }
}
