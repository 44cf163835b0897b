using System.CommandLine;
using Analyzer.Cli.Commands;
using Analyzer.Cli.Commands.Analyze;
using Analyzer.Cli.Commands.Demo;
using Analyzer.Cli.Commands.Prices;
using Analyzer.Cli.Commands.Report;
using Analyzer.Cli.Commands.Run;
using Analyzer.Cli.Commands.Schedule;
using Analyzer.Cli.Commands.WhatIf;
using Analyzer.Jobs.Progress;
using Analyzer.Collectors;
using Analyzer.Core;
using Analyzer.Reports.Chromium;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Pricing;

namespace Analyzer.Cli;

/// <summary>The `analyzer` command: parses, validates, runs one command and maps failures to exit codes.</summary>
internal static class AnalyzerApp
{
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var store = StoreOptions.Create();
        var root = new RootCommand("Analyzer: AWS compute cost and rightsizing analytics over a local DuckDB store.") { store };
        root.Subcommands.Add(AnalyzeCommand.Create(context, store));
        root.Subcommands.Add(CollectCommand.Create(context, store));
        root.Subcommands.Add(DemoCommand.Create(context, store));
        root.Subcommands.Add(ImportBillingCommand.Create(context, store));
        root.Subcommands.Add(PricesCommand.Create(store, context.Time, context.HttpClientFactory));
        root.Subcommands.Add(ReportCommand.Create(context, store));
        root.Subcommands.Add(RunCommand.Create(context, store));
        root.Subcommands.Add(ScheduleCommand.Create(context, store));
        root.Subcommands.Add(SqlCommand.Create(context, store));
        root.Subcommands.Add(WhatIfCommand.Create(context, store));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var root = BuildRootCommand(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}");
            }

            await context.Error.WriteLineAsync("Run 'analyzer --help' (or 'analyzer <command> --help') for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception e)
        {
            var (code, line) = Describe(e, cancellationToken);
            await context.Error.WriteLineAsync(TerminalText.Sanitize(OneLine(line)));
            return code;
        }
    }

    /// <summary>
    /// The exit code and the one line to print for an exception that reached the top: one code per failure class
    /// (README, "Exit codes"), and never an unhandled exception's abort (134) with a stack trace.
    /// </summary>
    public static (int Code, string Line) Describe(Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested =>
                (ExitCodes.Cancelled, "cancelled: the store keeps its last complete state; no partial report set was published"),
            ConfigurationException e => (ExitCodes.Usage, $"configuration error: {e.Message}"),
            StorageException e when StoreLock.IsHeldElsewhere(e) =>
                (ExitCodes.StoreInUse, $"store in use: another analyzer process has the store open; wait for it to finish ({e.Message})"),
            StorageException e => (ExitCodes.Storage, $"store error: {e.Message}"),

            // An installation problem every pricing command shares (demo included): one message, one exit code.
            PriceCatalogMissingException e =>
                (ExitCodes.Storage, $"installation error: {e.Message} Reinstall Analyzer or pass the catalog folder with 'prices load-catalog --directory'."),
            CollectorException e => (ExitCodes.Collection, $"collection error: {e.Message}"),
            ChromiumException e => (ExitCodes.Report, $"report error: {e.Message}"),
            _ => (ExitCodes.Unexpected, $"unexpected error ({exception.GetType().Name}): {exception.Message}"),
        };
    }

    // DuckDB's messages span lines (the statement, a caret); a scheduler's log wants one line per failure.
    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
