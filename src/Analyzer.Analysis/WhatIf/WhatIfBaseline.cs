using Analyzer.Core.Settings;

namespace Analyzer.Analysis.WhatIf;

/// <summary>The analysis run a what-if is compared with: its settings and window (the scenario starts from them) and its results.</summary>
/// <param name="CommitmentLabel">The fleet commitment it recommends ("compute:3y:all"); null when none saves anything.</param>
public sealed record WhatIfBaseline(
    string RunId,
    AnalysisSettings Settings,
    DateTime WindowStart,
    DateTime WindowEnd,
    IReadOnlyDictionary<string, BaselineWorkload> Workloads,
    string? CommitmentLabel,
    decimal CommitmentHourly,
    decimal CommitmentMonthlySavings);
