using System.CommandLine;
using System.Globalization;
using Analyzer.Storage;
using Analyzer.Storage.Collection;

namespace Analyzer.Cli.Commands;

/// <summary>
/// `analyzer import-billing --format cur2|focus PATH`: loads a local CUR 2.0 or FOCUS export (Parquet or CSV, a file
/// or a glob) into cost_daily, replacing what the same format held for its accounts and days.
/// </summary>
internal static class ImportBillingCommand
{
    public static Command Create(CliContext context, Option<string> store)
    {
        var format = new Option<string>("--format") { Description = "The export's layout.", Required = true };
        format.AcceptOnlyFromAmong("cur2", "focus");
        var path = new Argument<string>("path") { Description = "A .parquet or .csv(.gz) file, or a glob such as 'exports/**/*.parquet'." };
        var command = new Command("import-billing", "Import a CUR 2.0 or FOCUS billing export from local files into the store.") { format, path };
        command.SetAction(parse =>
        {
            var file = context.ResolvePath(parse.GetValue(path)!);
            if (!file.Contains('*', StringComparison.Ordinal) && !File.Exists(file))
            {
                throw new Core.ConfigurationException("path", $"no file at {file}");
            }

            using var analyzerStore = AnalyzerStore.Open(context.ResolvePath(parse.GetValue(store)!), context.Time);
            var result = new BillingImport(analyzerStore, context.Time)
                .Import(file, parse.GetValue(format) == "cur2" ? BillingFormat.Cur2 : BillingFormat.Focus);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Imported {result.CostLines:N0} daily cost line(s) for {result.Accounts} account(s), {result.FirstDay:yyyy-MM-dd} to {result.LastDay:yyyy-MM-dd}: unblended ${result.UnblendedUsd:N2}, amortized ${result.AmortizedUsd:N2}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
