using System.CommandLine;
using Analyzer.Cli.Commands;
using Analyzer.Cli.Commands.Analyze;
using Analyzer.Cli.Commands.Demo;
using Analyzer.Cli.Commands.Prices;
using Analyzer.Cli.Commands.Report;
using Analyzer.Cli.Commands.Run;
using Analyzer.Cli.Commands.Schedule;
using Analyzer.Core;
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
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (ConfigurationException e)
        {
            await context.Error.WriteLineAsync($"configuration error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (StorageException e) when (StoreLock.IsHeldElsewhere(e))
        {
            await context.Error.WriteLineAsync($"store in use: another analyzer process has the store open; wait for it to finish ({e.Message})");
            return ExitCodes.StoreInUse;
        }
        catch (StorageException e)
        {
            await context.Error.WriteLineAsync($"store error: {e.Message}");
            return ExitCodes.Storage;
        }
        catch (PriceCatalogMissingException e)
        {
            // An installation problem every pricing command shares (demo included): one message, one exit code.
            await context.Error.WriteLineAsync($"installation error: {e.Message} Reinstall Analyzer or pass the catalog folder with 'prices load-catalog --directory'.");
            return ExitCodes.Storage;
        }
    }
}
