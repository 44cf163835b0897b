namespace Analyzer.Core.Options;

/// <summary>
/// The one name table of each level vocabulary (<see cref="Risk"/>, <see cref="Effort"/>, <see cref="Confidence"/>):
/// the text the store, settings and exports use, and its parse back. Nothing else spells these names.
/// </summary>
public static class Levels
{
    private static readonly (Risk Value, string Name)[] RiskNames =
        [(Risk.VeryLow, "very-low"), (Risk.Low, "low"), (Risk.Medium, "medium"), (Risk.High, "high")];

    private static readonly (Effort Value, string Name)[] EffortNames =
        [(Effort.VeryLow, "very-low"), (Effort.Low, "low"), (Effort.Medium, "medium"), (Effort.High, "high")];

    private static readonly (Confidence Value, string Name)[] ConfidenceNames =
        [(Confidence.Low, "low"), (Confidence.Medium, "medium"), (Confidence.High, "high")];

    public static string ToName(this Risk risk) => Name(RiskNames, risk);

    public static string ToName(this Effort effort) => Name(EffortNames, effort);

    public static string ToName(this Confidence confidence) => Name(ConfidenceNames, confidence);

    public static Risk ParseRisk(string name) => Parse(RiskNames, name);

    public static Effort ParseEffort(string name) => Parse(EffortNames, name);

    public static Confidence ParseConfidence(string name) => Parse(ConfidenceNames, name);

    /// <summary>One notch riskier, High at most.</summary>
    public static Risk Raise(this Risk risk) => risk == Risk.High ? Risk.High : risk + 1;

    public static Confidence Lower(this Confidence confidence) =>
        confidence == Confidence.Low ? Confidence.Low : confidence - 1;

    private static string Name<T>((T Value, string Name)[] table, T value)
        where T : struct, Enum
    {
        foreach (var (v, name) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"Unknown {typeof(T).Name}.");
    }

    private static T Parse<T>((T Value, string Name)[] table, string name)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (v, n) in table)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        throw new FormatException($"'{name}' is not a {typeof(T).Name} name; expected one of {string.Join(", ", table.Select(t => t.Name))}.");
    }
}
