namespace Analyzer.Analysis.WhatIf;

/// <summary>One workload's recommendation in the baseline run (money as the run stored it).</summary>
/// <param name="CurrentMonthlyCost">Null when the run could not price today's setup.</param>
/// <param name="MonthlyCost">The chosen option's monthly cost; null when it had none.</param>
public sealed record BaselineWorkload(string WorkloadId, string Option, string Family, decimal? CurrentMonthlyCost, decimal? MonthlyCost, string Reason);
