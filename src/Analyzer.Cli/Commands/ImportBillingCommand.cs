using System.CommandLine;
using System.Globalization;
using Analyzer.Collectors;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.S3;
using Analyzer.Storage;
using Analyzer.Storage.Collection;

namespace Analyzer.Cli.Commands;

/// <summary>
/// `analyzer import-billing --format cur2|focus PATH`: loads a CUR 2.0 or FOCUS export (Parquet or CSV, a file, a
/// glob, or an s3://bucket/prefix) into cost_daily, replacing what the same format held for its accounts and days.
/// An S3 export is downloaded whole before anything is loaded (<see cref="S3BillingExport"/>).
/// </summary>
internal static class ImportBillingCommand
{
    public static Command Create(CliContext context, Option<string> store)
    {
        var format = new Option<string>("--format") { Description = "The export's layout.", Required = true };
        format.AcceptOnlyFromAmong("cur2", "focus");
        var path = new Argument<string>("path") { Description = "A .parquet or .csv(.gz) file, a glob such as 'exports/**/*.parquet', or s3://bucket/prefix." };
        var endpoint = new Option<string?>("--endpoint-url") { Description = "With an s3:// path: send S3 requests to this URL (path-style addressing)." };
        var region = new Option<string?>("--region") { Description = "With an s3:// path: the bucket's region (default: the SDK's region chain)." };
        var command = new Command("import-billing", "Import a CUR 2.0 or FOCUS billing export from local files or S3 into the store.") { format, path, endpoint, region };
        command.Validators.Add(result =>
        {
            if (result.GetValue(endpoint) is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                result.AddError($"--endpoint-url '{url}' is not an absolute http(s) URL.");
            }

            if (result.GetValue(path) is { } given && S3ExportLocation.IsS3(given) && S3ExportLocation.TryParse(given) is null)
            {
                result.AddError($"'{given}' is not a valid s3://bucket/prefix address.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var billingFormat = parse.GetValue(format) == "cur2" ? BillingFormat.Cur2 : BillingFormat.Focus;
            var storePath = context.ResolvePath(parse.GetValue(store)!);
            if (S3ExportLocation.TryParse(parse.GetValue(path)!) is not { } location)
            {
                var file = context.ResolvePath(parse.GetValue(path)!);
                if (!file.Contains('*', StringComparison.Ordinal) && !File.Exists(file))
                {
                    throw new Core.ConfigurationException("path", $"no file at {file}");
                }

                return Import(context, storePath, file, billingFormat);
            }

            var options = new AwsClientOptions
            {
                EndpointUrl = parse.GetValue(endpoint) is { } url ? new Uri(url) : null,
                Region = parse.GetValue(region),
            };
            S3BillingExport export;
            try
            {
                export = await S3BillingExport.DownloadAsync(location, options, cancellationToken);
            }
            catch (CollectorException ex)
            {
                await context.Error.WriteLineAsync($"import failed: cannot download {location}: {ex.Message}");
                return ExitCodes.Collection;
            }

            using (export)
            {
                if (export.Glob is null)
                {
                    await context.Error.WriteLineAsync($"{location} holds no .parquet, .csv, .csv.gz or .csv.zst objects.");
                    return ExitCodes.NothingFound;
                }

                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Downloaded {export.Files:N0} file(s) from {location}."));
                return Import(context, storePath, export.Glob, billingFormat);
            }
        });
        return command;
    }

    private static int Import(CliContext context, string storePath, string files, BillingFormat format)
    {
        using var analyzerStore = AnalyzerStore.Open(storePath, context.Time);
        var result = new BillingImport(analyzerStore, context.Time).Import(files, format);
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {result.CostLines:N0} daily cost line(s) for {result.Accounts} account(s), {result.FirstDay:yyyy-MM-dd} to {result.LastDay:yyyy-MM-dd}: unblended ${result.UnblendedUsd:N2}, amortized ${result.AmortizedUsd:N2}."));
        return ExitCodes.Success;
    }
}
