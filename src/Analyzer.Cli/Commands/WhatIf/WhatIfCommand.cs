using System.CommandLine;
using System.CommandLine.Parsing;
using Analyzer.Core;
using Analyzer.Core.WhatIf;
using Analyzer.Jobs.WhatIf;

namespace Analyzer.Cli.Commands.WhatIf;

/// <summary>
/// `analyzer whatif [scenario.json ...] [key=value ...]`: re-evaluates the store's data under one or more scenarios
/// (files, flags, or both: the flags apply on top of each file) and prints each against the baseline run. Never writes
/// the store. With `--interactive` it then reads one question a line from standard input, each answered from the
/// store's data read once. docs/whatif.md describes the scenario file.
/// </summary>
internal static class WhatIfCommand
{
    private const string Quit = "quit";

    public static Command Create(CliContext context, Option<string> store)
    {
        var question = new WhatIfQuestionOptions();
        var run = new Option<string?>("--run") { Description = "Baseline analysis run id; default the latest succeeded run." };
        var save = new Option<string?>("--save") { Description = "Save the scenario and its result in the store under this name (letters, digits, . _ -): the next report shows it as a section." };
        var list = new Option<bool>("--list") { Description = "List the saved what-ifs." };
        var delete = new Option<string?>("--delete") { Description = "Delete the what-if saved under this name." };
        var interactive = new Option<bool>("--interactive", "-i")
        {
            Description = "Then read questions from standard input, one a line (scenario files and flags as on the command line; 'quit' or end of input ends), each answered from the store's data read once.",
        };
        var command = new Command("whatif", "Answer a what-if scenario from the store's data against an analysis run, without writing anything.")
        {
            run, save, list, delete, interactive,
        };
        question.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var first = question.Read(parse, context);
            var session = parse.GetValue(interactive);
            if (session && (parse.GetValue(save) is not null || parse.GetValue(list) || parse.GetValue(delete) is not null))
            {
                throw new ConfigurationException("--interactive", "cannot be combined with --save, --list or --delete.");
            }

            var request = new WhatIfRequest(
                CommandPaths.ExistingStore(context, parse.GetValue(store)!), parse.GetValue(run), first.Files, first.Flags, first.Format, first.Top)
            {
                Save = parse.GetValue(save) is { } saveName ? SavedScenarioName.Check(saveName, "--save") : null,
                List = parse.GetValue(list),
                Delete = parse.GetValue(delete) is { } deleteName ? SavedScenarioName.Check(deleteName, "--delete") : null,
                Questions = session ? Questions(context) : null,
            };
            return Task.FromResult(ExitCodes.From(new WhatIfJob(context.Jobs()).Run(request, cancellationToken)));
        });
        return command;
    }

    // The session's lines as questions, read as they are asked. A line that does not parse is one error line and is
    // skipped; blank lines and '#' comments are ignored; 'quit' (or 'exit') or the end of the input ends the session.
    private static IEnumerable<WhatIfQuestion> Questions(CliContext context)
    {
        while (true)
        {
            if (context.Prompt)
            {
                context.Error.Write("whatif> ");
                context.Error.Flush();
            }

            var line = context.Input.ReadLine()?.Trim();
            if (line is null || line is Quit or "exit")
            {
                yield break;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Parse(line, context) is { } question)
            {
                yield return question;
            }
        }
    }

    private static WhatIfQuestion? Parse(string line, CliContext context)
    {
        // A fresh set of options per line: each line is a question of its own, with its own defaults.
        var options = new WhatIfQuestionOptions();
        var command = new RootCommand("one what-if question");
        options.AddTo(command);
        var parse = command.Parse([.. CommandLineParser.SplitCommandLine(line)]);
        if (parse.Errors.Count > 0)
        {
            context.Error.WriteLine($"cannot read the question: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
            return null;
        }

        try
        {
            return options.Read(parse, context);
        }
        catch (ConfigurationException e)
        {
            // The line the command would end with, but the session goes on.
            context.Error.WriteLine(AnalyzerApp.Describe(e, CancellationToken.None).Line);
            return null;
        }
    }
}
