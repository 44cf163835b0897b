namespace Analyzer.Core.Options;

/// <summary>
/// The option chosen for one workload under a risk appetite, the options ranked beside it, and a commitment
/// to stack on top of it where one saves more.
/// </summary>
/// <param name="Chosen">The best feasible option within the appetite; the current option when nothing beats it.</param>
/// <param name="Commitment">A Savings Plan or Reserved Instance for the chosen size, or null.</param>
/// <param name="Ranked">Every priced, feasible option by savings, best first, whatever the appetite.</param>
/// <param name="Reason">Why this option was chosen, or why nothing was.</param>
public sealed record Recommendation(
    string WorkloadId,
    OptionResult Chosen,
    OptionResult? Commitment,
    IReadOnlyList<OptionResult> Ranked,
    string Reason);
