namespace Analyzer.Core.Settings;

/// <summary>
/// Settings keys read once, with their typed values, to be applied later to settings not known yet (a what-if's
/// baseline run's): the file's keys in order, each one the reader's own typed assignment.
/// </summary>
public sealed class AnalysisSettingsPatch
{
    private readonly IReadOnlyList<Func<AnalysisSettings, AnalysisSettings>> steps;

    internal AnalysisSettingsPatch(IReadOnlyList<string> keys, IReadOnlyList<Func<AnalysisSettings, AnalysisSettings>> steps)
    {
        Keys = keys;
        this.steps = steps;
    }

    public static AnalysisSettingsPatch Empty { get; } = new([], []);

    /// <summary>The keys it sets, in the order given.</summary>
    public IReadOnlyList<string> Keys { get; }

    public bool IsEmpty => Keys.Count == 0;

    /// <summary>This patch, then <paramref name="next"/> (its keys win where both set one).</summary>
    public AnalysisSettingsPatch Then(AnalysisSettingsPatch next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new AnalysisSettingsPatch([.. Keys, .. next.Keys], [.. steps, .. next.steps]);
    }

    /// <summary>The settings with every key applied in order (not validated: the caller validates the whole).</summary>
    public AnalysisSettings Apply(AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var step in steps)
        {
            settings = step(settings);
        }

        return settings;
    }
}
