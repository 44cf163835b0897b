namespace Analyzer.Core.Options;

/// <summary>Text forms of <see cref="Risk"/>, <see cref="Effort"/> and <see cref="Confidence"/> for the store and reports.</summary>
public static class Levels
{
    public static string ToName(this Risk risk) => Name(risk.ToString());

    public static string ToName(this Effort effort) => Name(effort.ToString());

    public static string ToName(this Confidence confidence) => Name(confidence.ToString());

    /// <summary>One notch riskier, High at most.</summary>
    public static Risk Raise(this Risk risk) => risk == Risk.High ? Risk.High : risk + 1;

    public static Confidence Lower(this Confidence confidence) =>
        confidence == Confidence.Low ? Confidence.Low : confidence - 1;

    // "VeryLow" -> "very-low"
    private static string Name(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
