using Analyzer.Analysis.WhatIf;
using Analyzer.Core;
using Analyzer.Core.WhatIf;
using Analyzer.Storage;

namespace Analyzer.Jobs.WhatIf;

/// <summary>
/// `analyzer whatif`: reads the scenarios, evaluates each on the store opened read-only (a private copy when another
/// process writes it) against the baseline run, so nothing, the baseline least of all, can be written, and prints them.
/// </summary>
public sealed class WhatIfJob(JobContext context)
{
    public JobStatus Run(WhatIfRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scenarios = request.Files.Count == 0
            ? [request.Flags.ApplyTo(Scenario.Empty(request.Flags.IsEmpty ? "no change" : "flags"))]
            : request.Files.Select(f => request.Flags.ApplyTo(Load(f))).ToList();

        using var snapshot = StoreSnapshot.OpenInPlace(request.StorePath);
        var engine = new WhatIfEngine(snapshot.Connect, context.Time);
        var baseline = engine.Baseline(request.RunId);
        if (baseline is null)
        {
            context.Error.WriteLine(request.RunId is null
                ? "no analysis run in the store: run 'analyzer analyze' first (a what-if is compared with a run)"
                : $"no succeeded analysis run '{request.RunId}' in the store");
            return JobStatus.NothingFound;
        }

        var results = scenarios.Select(s => engine.Evaluate(baseline, s, cancellationToken)).ToList();
        WhatIfPrinter.Print(context.Output, results, request.Format, request.Top);
        return JobStatus.Succeeded;
    }

    /// <summary>A scenario file; its errors name the file, then the key by its place in the file.</summary>
    public static Scenario Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        try
        {
            return ScenarioReader.Parse(File.ReadAllText(path), name);
        }
        catch (ConfigurationException e)
        {
            throw new ConfigurationException($"{name}: {e.Key}", e.Reason);
        }
    }
}
