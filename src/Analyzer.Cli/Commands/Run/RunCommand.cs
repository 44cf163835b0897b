using System.CommandLine;
using Analyzer.Cli.Commands.Analyze;
using Analyzer.Collectors.S3;
using Analyzer.Jobs.Run;
using Analyzer.Reports;
using Analyzer.Storage;

namespace Analyzer.Cli.Commands.Run;

/// <summary>
/// `analyzer run`: the whole job in one go (<see cref="RunJob"/>), for AWS Batch or cron: collect, analyze, write the
/// reports and, with <c>--upload s3://bucket/prefix</c>, put them under <c>prefix/&lt;run id&gt;/</c>. Each step's exit
/// code stops the job where it fails (4 collection, 5 report or upload), and what earlier steps committed stays in the store;
/// a collection with gaps goes on and the job ends with 10 (<see cref="ExitCodes.DataGaps"/>) once the reports are out.
/// With <c>--shards-uri</c> it is one part of a run split across jobs (<see cref="ShardOptions"/>): a shard, or the merge.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliContext context, Option<string> store)
    {
        var collect = new CollectOptions("--collect-config");
        var settings = new Option<string?>("--settings") { Description = "Analysis settings file (docs/configuration.md); its lookbackDays is also what is collected unless --lookback-days says otherwise." };
        var format = new Option<string>("--format") { Description = "Comma-separated report formats: html, pdf, csv, json, xlsx.", DefaultValueFactory = _ => "html,pdf,csv,json,xlsx" };
        var output = new Option<string>("--out") { Description = "Folder to write the reports into.", DefaultValueFactory = _ => "reports/out" };
        var upload = new Option<string?>("--upload") { Description = "s3://bucket/prefix to upload the reports to, under prefix/<run id>/ (needs s3:PutObject there)." };
        var shards = new ShardOptions();
        var command = new Command("run", "Collect, analyze and report in one go (and upload the reports to S3), as a scheduled job would; or one shard, or the merge, of a run split across jobs.") { settings, format, output, upload };
        collect.AddTo(command);
        shards.AddTo(command);
        command.Validators.Add(result =>
        {
            try
            {
                ReportOutputs.Parse(result.GetValue(format) ?? string.Empty);
            }
            catch (FormatException e)
            {
                result.AddError(e.Message);
            }

            if (CommandPaths.OutputFolderError(context, "--out", result.GetValue(output)) is { } error)
            {
                result.AddError(error);
            }

            if (result.GetValue(upload) is { } target && S3ExportLocation.TryParse(target) is null)
            {
                result.AddError($"--upload '{target}' is not an s3://bucket/prefix address.");
            }

            foreach (var message in shards.Errors(result, context, upload))
            {
                result.AddError(message);
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var analysis = AnalyzeCommand.Settings(context, parse.GetValue(settings), null, null, null, null, "--settings");
            var request = new RunRequest(
                collect.Read(parse, context),
                analysis,
                ReportOutputs.Parse(parse.GetValue(format)!),
                context.ResolvePath(parse.GetValue(output)!))
            {
                Upload = parse.GetValue(upload) is { } target ? S3ExportLocation.TryParse(target) : null,
            };
            var sharded = shards.Read(parse, context, request.Collect.EndpointUrl);
            using var analyzerStore = AnalyzerStore.Open(context.ResolvePath(parse.GetValue(store)!), context.Time);
            var job = new RunJob(context.Jobs());
            var result = sharded switch
            {
                null => await job.RunAsync(analyzerStore, request, Trigger(), cancellationToken),
                { Slice: null } merge => await job.MergeAsync(analyzerStore, request, merge, Trigger(), cancellationToken),
                { } shard => await job.ShardAsync(analyzerStore, request, shard, Trigger(), cancellationToken),
            };
            return ExitCodes.From(result.Status, result.CollectionFailures ?? 0);
        });
        return command;
    }

    /// <summary>How the run history names this run: AWS Batch sets AWS_BATCH_JOB_ID in every job's environment.</summary>
    private static string Trigger() => Environment.GetEnvironmentVariable("AWS_BATCH_JOB_ID") is { Length: > 0 } ? "batch" : "cli";
}
