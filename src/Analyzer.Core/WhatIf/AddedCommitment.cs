using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.WhatIf;

/// <summary>A Compute Savings Plan a scenario assumes bought on top of those held, from the window's start.</summary>
/// <param name="Plan">"compute".</param>
/// <param name="Payment">"no", "partial" or "all" upfront.</param>
public sealed record AddedCommitment(string Plan, int TermYears, string Payment, decimal HourlyUsd)
{
    public string Label => $"{Plan}:{TermYears}y:{Payment}";

    /// <summary>As a plan held, the way the fleet optimizer applies one.</summary>
    public HeldPlan AsHeld(int index) =>
        new("what-if", $"what-if:added:{index}", Plan, TermYears, Payment, null, null, HourlyUsd, null, null);
}
