using Analyzer.Core.WhatIf;

namespace Analyzer.Jobs.WhatIf;

/// <summary>What `analyzer whatif` asks: the store, the baseline run, the scenario files and flags, and how to print.</summary>
/// <param name="RunId">The baseline run; null: the latest succeeded one.</param>
/// <param name="Files">Scenario files, full paths; none: one scenario from the flags alone.</param>
/// <param name="Flags">Applied on top of every file's scenario (or alone).</param>
/// <param name="Format">"table", "csv" or "json".</param>
/// <param name="Top">Workload rows a table shows (csv and json list all).</param>
public sealed record WhatIfRequest(string StorePath, string? RunId, IReadOnlyList<string> Files, ScenarioFlags Flags, string Format, int Top)
{
    /// <summary>Save the (one) scenario and its result in the store under this name (checked by <see cref="SavedScenarioName"/>).</summary>
    public string? Save { get; init; }

    /// <summary>List the saved scenarios instead of evaluating anything.</summary>
    public bool List { get; init; }

    /// <summary>Delete the scenario saved under this name instead of evaluating anything.</summary>
    public string? Delete { get; init; }

    /// <summary>
    /// A session's questions, read as they are asked (<see cref="WhatIfQuestion"/>), each answered from the store's data
    /// read once; null: no session, only the files and flags given.
    /// </summary>
    public IEnumerable<WhatIfQuestion>? Questions { get; init; }
}
