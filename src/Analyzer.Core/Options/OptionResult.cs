namespace Analyzer.Core.Options;

/// <summary>
/// One priced option for one workload. Costs are USD for a 730-hour month; savings are against the workload's
/// current monthly cost (negative when the option costs more).
/// </summary>
/// <param name="Option">A stable label, e.g. "ec2-rightsized:m5.large" or "fargate:arm64:1vcpu-2gb".</param>
/// <param name="MonthlyCost">Null when the option could not be priced (no rate); the reason says why.</param>
/// <param name="Reason">Why the option is infeasible, or a caveat on a feasible one.</param>
/// <param name="FixesUnderProvisioning">True when the option costs more because the current size does not cover demand.</param>
public sealed record OptionResult(
    string Option,
    OptionFamily Family,
    decimal? MonthlyCost,
    decimal? MonthlySavings,
    bool Feasible,
    string? Reason,
    Risk Risk,
    Effort Effort,
    Confidence Confidence,
    OptionTarget? Target,
    bool FixesUnderProvisioning = false)
{
    /// <summary>A priced, feasible option.</summary>
    public static OptionResult Priced(
        string option,
        OptionFamily family,
        decimal monthlyCost,
        decimal currentMonthlyCost,
        Risk risk,
        Effort effort,
        Confidence confidence,
        OptionTarget? target,
        string? note = null,
        bool fixesUnderProvisioning = false) =>
        new(option, family, monthlyCost, currentMonthlyCost - monthlyCost, true, note, risk, effort, confidence, target, fixesUnderProvisioning);

    /// <summary>An option that does not apply, with the reason; priced where a price was still known.</summary>
    public static OptionResult Infeasible(
        string option,
        OptionFamily family,
        string reason,
        Risk risk,
        Effort effort,
        Confidence confidence,
        decimal? monthlyCost = null,
        decimal? currentMonthlyCost = null,
        OptionTarget? target = null) =>
        new(option, family, monthlyCost, monthlyCost is { } c && currentMonthlyCost is { } cur ? cur - c : null, false, reason, risk, effort, confidence, target);
}
