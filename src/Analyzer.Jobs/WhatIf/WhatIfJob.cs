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
        var scenarios = texts.Count == 0
            ? [request.Flags.ApplyTo(Scenario.Empty(request.Flags.IsEmpty ? "no change" : "flags"))]
            : texts.Select(f => request.Flags.ApplyTo(Parse(f.Path, f.Text))).ToList();

        List<WhatIfResult> results;
        using (var snapshot = StoreSnapshot.OpenInPlace(request.StorePath))
        {
            var engine = new WhatIfEngine(snapshot.Connect, context.Time);
            var baseline = engine.Baseline(request.RunId);
            if (baseline is null)
            {
                context.Error.WriteLine(request.RunId is null
                    ? "no analysis run in the store: run 'analyzer analyze' first (a what-if is compared with a run)"
                    : $"no succeeded analysis run '{request.RunId}' in the store");
                return JobStatus.NothingFound;
            }

            results = [.. scenarios.Select(s => engine.Evaluate(baseline, s, cancellationToken))];
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
