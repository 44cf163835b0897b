using System.Globalization;
using Analyzer.Analysis.WhatIf;
using Analyzer.Core;
using Analyzer.Core.WhatIf;
using Analyzer.Storage;

namespace Analyzer.Jobs.WhatIf;

/// <summary>
/// `analyzer whatif`: reads the scenarios, evaluates each on the store opened read-only (a private copy when another
/// process writes it) against the baseline run, so nothing, the baseline least of all, can be written, and prints them.
/// With <see cref="WhatIfRequest.Save"/> it then writes the one scenario and its result under that name (the only
/// write a what-if makes, to whatif_scenarios); <see cref="WhatIfRequest.List"/> and <see cref="WhatIfRequest.Delete"/>
/// manage what was saved.
/// </summary>
public sealed class WhatIfJob(JobContext context)
{
    public JobStatus Run(WhatIfRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.List || request.Delete is not null)
        {
            return Manage(request);
        }

        var save = request.Save is null ? null : SavedScenarioName.Check(request.Save, "--save");
        if (save is not null && request.Files.Count > 1)
        {
            throw new ConfigurationException("--save", string.Create(CultureInfo.InvariantCulture, $"saves one scenario; {request.Files.Count} were given."));
        }

        var texts = request.Files.Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
        var scenarios = Scenarios(texts, request.Flags);

        List<WhatIfResult> results;
        using (var session = WhatIfSession.Open(request.StorePath, request.RunId, context.Time))
        {
            if (session is null)
            {
                context.Error.WriteLine(request.RunId is null
                    ? "no analysis run in the store: run 'analyzer analyze' first (a what-if is compared with a run)"
                    : $"no succeeded analysis run '{request.RunId}' in the store");
                return JobStatus.NothingFound;
            }

            if (request.Questions is { } questions)
            {
                Ask(session, texts.Count == 0 && request.Flags.IsEmpty ? null : (scenarios, request.Format, request.Top), questions, cancellationToken);
                return JobStatus.Succeeded;
            }

            results = [.. scenarios.Select(s => session.Answer(s, cancellationToken))];
        }

        WhatIfPrinter.Print(context.Output, results, request.Format, request.Top);
        if (save is not null)
        {
            // The read-only view is closed first: one process opens a store one way at a time.
            var definition = texts.Count == 0 ? string.Empty : texts[0].Text.TrimEnd();
            if (!request.Flags.IsEmpty)
            {
                definition = (definition.Length == 0 ? string.Empty : definition + "\n") + "// flags: " + request.Flags.Describe();
            }

            using var store = AnalyzerStore.Open(request.StorePath, context.Time);
            using var connection = store.Connect();
            SavedScenarios.Save(connection, save, definition, results[0], context.Time.GetUtcNow().UtcDateTime);
            context.Error.WriteLine($"saved what-if '{save}' in the store: the next report shows it as its own section");
        }

        return JobStatus.Succeeded;
    }

    // The session's questions, each answered and printed in turn; one that cannot be read is one error line, and the
    // session goes on. Without a first question the baseline itself is re-evaluated first, so the store's data is read
    // and the code warm before the first question is asked.
    private void Ask(
        WhatIfSession session, (IReadOnlyList<Scenario> Scenarios, string Format, int Top)? first, IEnumerable<WhatIfQuestion> questions, CancellationToken cancellationToken)
    {
        if (first is { } given)
        {
            WhatIfPrinter.Print(context.Output, [.. given.Scenarios.Select(s => session.Answer(s, cancellationToken))], given.Format, given.Top);
        }
        else
        {
            var ready = session.Answer(Scenario.Empty("no change"), cancellationToken);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"what-if session against run {session.Baseline.RunId}: {ready.After.Workloads:N0} workloads read in {ready.Elapsed.TotalSeconds:0.00} s; one question a line (scenario files and flags as on the command line), 'quit' ends"));
        }

        foreach (var question in questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var scenarios = Scenarios([.. question.Files.Select(f => (f, File.ReadAllText(f)))], question.Flags);
                WhatIfPrinter.Print(context.Output, [.. scenarios.Select(s => session.Answer(s, cancellationToken))], question.Format, question.Top);
            }
            catch (ConfigurationException e)
            {
                context.Error.WriteLine($"configuration error: {e.Message}");
            }
            catch (IOException e)
            {
                context.Error.WriteLine($"cannot read a scenario file: {e.Message}");
            }

            context.Output.Flush();
        }
    }

    // One scenario per file with the flags on top, or one from the flags alone.
    private static List<Scenario> Scenarios(List<(string Path, string Text)> files, ScenarioFlags flags) =>
        files.Count == 0
            ? [flags.ApplyTo(Scenario.Empty(flags.IsEmpty ? "no change" : "flags"))]
            : [.. files.Select(f => flags.ApplyTo(Parse(f.Path, f.Text)))];

    /// <summary>A scenario file; its errors name the file, then the key by its place in the file.</summary>
    public static Scenario Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(path, File.ReadAllText(path));
    }

    private static Scenario Parse(string path, string text)
    {
        var name = Path.GetFileName(path);
        try
        {
            return ScenarioReader.Parse(text, name);
        }
        catch (ConfigurationException e)
        {
            throw new ConfigurationException($"{name}: {e.Key}", e.Reason);
        }
    }

    // --list and --delete: the store opened (and migrated) as `report` opens it.
    private JobStatus Manage(WhatIfRequest request)
    {
        using var store = AnalyzerStore.Open(request.StorePath, context.Time);
        using var connection = store.Connect();
        if (request.Delete is { } name)
        {
            if (!SavedScenarios.Delete(connection, name))
            {
                context.Error.WriteLine($"no what-if saved as '{SavedScenarioName.Check(name, "--delete")}'");
                return JobStatus.NothingFound;
            }

            context.Output.WriteLine($"deleted what-if '{name}'");
            return JobStatus.Succeeded;
        }

        var saved = SavedScenarios.ReadAll(connection);
        if (saved.Count == 0)
        {
            context.Output.WriteLine("no saved what-ifs (analyzer whatif ... --save NAME saves one)");
            return JobStatus.Succeeded;
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"name",-32} {"saved (UTC)",-16} {"baseline run",-28} {"cost after",12} {"change",10}"));
        foreach (var s in saved)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Name,-32} {s.SavedAt.UtcDateTime:yyyy-MM-dd HH:mm} {Progress.TerminalText.Sanitize(s.BaselineRunId),-28} {s.After.MonthlyCost,12:N2} {s.Change,10:N2}"));
        }

        return JobStatus.Succeeded;
    }
}
