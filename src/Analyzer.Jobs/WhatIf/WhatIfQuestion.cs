using Analyzer.Core.WhatIf;

namespace Analyzer.Jobs.WhatIf;

/// <summary>One question of a what-if session: the scenario files and flags of one line, and how to print its answer.</summary>
/// <param name="Files">Scenario files, full paths; none: one scenario from the flags alone.</param>
/// <param name="Flags">Applied on top of every file's scenario (or alone).</param>
/// <param name="Format">"table", "csv" or "json".</param>
/// <param name="Top">Workload rows a table shows.</param>
public sealed record WhatIfQuestion(IReadOnlyList<string> Files, ScenarioFlags Flags, string Format, int Top);
