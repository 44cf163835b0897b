using System.CommandLine;
using Analyzer.Jobs.Demo;

namespace Analyzer.Cli.Commands.Demo;

/// <summary>`analyzer demo`: the whole job on the built-in demo organisation, no AWS account needed.</summary>
internal static class DemoCommand
{
    public const string DefaultOutput = "reports/out/demo";

    public static Command Create(CliContext context, Option<string> store)
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder for the demo's store (demo.duckdb, unless --store is given) and its reports.",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var command = new Command("demo", "Load the built-in demo organisation into a store, analyze it and write its reports.") { output };
        command.Validators.Add(result =>
        {
            if (CommandPaths.OutputFolderError(context, "--out", result.GetValue(output)) is { } error)
            {
                result.AddError(error);
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var outputDirectory = context.ResolvePath(parse.GetValue(output)!);
            var storeGiven = parse.GetResult(store) is { Implicit: false };
            var storePath = storeGiven ? context.ResolvePath(parse.GetValue(store)!) : Path.Combine(outputDirectory, "demo.duckdb");
            var job = new DemoJob(context.Jobs(), storePath, outputDirectory);
            return ExitCodes.From(await job.RunAsync(cancellationToken));
        });
        return command;
    }
}
