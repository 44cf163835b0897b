using System.CommandLine;
using Analyzer.Jobs.Collect;
using Analyzer.Storage;

namespace Analyzer.Cli.Commands;

/// <summary>
/// `analyzer collect`: inventory, utilization and cost from AWS into the store (<see cref="CollectStep"/>). Exits with
/// <see cref="ExitCodes.Collection"/> only when nothing at all could be collected; partial failures are printed,
/// recorded in collection_runs, and exit with <see cref="ExitCodes.DataGaps"/> once the rest is loaded.
/// </summary>
internal static class CollectCommand
{
    public static Command Create(CliContext context, Option<string> store)
    {
        var options = new CollectOptions();
        var command = new Command("collect", "Collect inventory, utilization and cost from AWS into the store.");
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var analyzerStore = AnalyzerStore.Open(context.ResolvePath(parse.GetValue(store)!), context.Time);
            var collected = await CollectStep.RunAsync(context.Jobs(), analyzerStore, options.Read(parse, context), cancellationToken);
            return ExitCodes.From(collected.Status, collected.Failures);
        });
        return command;
    }
}
