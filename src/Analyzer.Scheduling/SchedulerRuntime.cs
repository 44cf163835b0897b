using Analyzer.Collectors.S3;
using Analyzer.Core;
using Analyzer.Jobs;
using Analyzer.Jobs.Analyze;
using Analyzer.Jobs.Collect;
using Analyzer.Jobs.Run;
using Analyzer.Reports;
using Hangfire;

namespace Analyzer.Scheduling;

/// <summary>What the scheduled jobs share in one scheduler process: the store, the configuration, the clock, the output and Hangfire's storage.</summary>
public sealed class SchedulerRuntime(string storePath, ScheduleConfig config, JobStorage storage, TimeProvider time, TextWriter output, TextWriter error)
{
    public string StorePath { get; } = storePath;

    public ScheduleConfig Config { get; } = config;

    public JobStorage Storage { get; } = storage;

    public TimeProvider Time { get; } = time;

    /// <summary>Full path of the folder the reports go to.</summary>
    public string OutputDirectory => Config.Resolve(Config.Out);

    /// <summary>Jobs run on several workers at once; their lines go through one synchronized writer.</summary>
    public JobContext JobContext() => Jobs.JobContext.Logging(Output, error, Time);

    internal TextWriter Output { get; } = output;

    /// <summary>What a scheduled run does, read afresh for each run so an edited collection or settings file takes effect.</summary>
    public RunRequest Request()
    {
        var config = Config;
        var collect = new CollectRequest(
            config.CollectConfig is { } path ? Analyzer.Jobs.Collect.CollectConfig.Load(config.Resolve(path)) : new CollectConfig(),
            config.Regions,
            [],
            config.EndpointUrl is { } url ? CollectEndpoint(url) : null,
            null,
            null);
        var settings = AnalysisSettingsFile.Load(config.Settings is { } s ? config.Resolve(s) : null);
        if (config.Source == "demo")
        {
            settings = DemoSettings;
        }

        IReadOnlyList<ReportOutput> outputs;
        try
        {
            outputs = ReportOutputs.Parse(config.Formats);
        }
        catch (FormatException ex)
        {
            throw new ConfigurationException("formats", ex.Message);
        }

        return new RunRequest(collect, settings, outputs, OutputDirectory)
        {
            Upload = config.Upload is { } upload
                ? S3ExportLocation.TryParse(upload) ?? throw new ConfigurationException("upload", $"'{upload}' is not an s3://bucket/prefix address")
                : null,
            Source = config.Source == "demo" ? RunSource.Demo : RunSource.Aws,
        };
    }

    private static Core.Settings.AnalysisSettings DemoSettings => Jobs.Demo.DemoJob.Settings;

    private static Uri CollectEndpoint(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ConfigurationException("endpointUrl", $"'{url}' is not an absolute http(s) URL");
}
