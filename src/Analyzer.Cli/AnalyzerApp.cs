using System.CommandLine;
using Analyzer.Cli.Commands;
using Analyzer.Core;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Cli;

/// <summary>The `analyzer` command: parses, validates, runs one command and maps failures to exit codes.</summary>
internal static class AnalyzerApp
{
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("Analyzer: AWS compute cost and rightsizing analytics over a local DuckDB store.");
        root.Subcommands.Add(SqlCommand.Create(context));
        root.Subcommands.Add(CollectCommand.Create(context));
        root.Subcommands.Add(ImportBillingCommand.Create(context));
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
        catch (StorageException e)
        {
            await context.Error.WriteLineAsync($"store error: {e.Message}");
            return ExitCodes.Storage;
        }
    }
}
