namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// AWS's instance size normalization factors, by which a regional size-flexible Reserved Instance applies across the
/// sizes of its family: nano 0.25, micro 0.5, small 1, medium 2, large 4, xlarge 8, and N x 8 for Nxlarge. A
/// "metal" size's factor depends on its family (m5.metal is 192, as m5.24xlarge): null, not guessed.
/// </summary>
public static class NormalizationFactors
{
    public static decimal? For(string instanceType)
    {
        ArgumentNullException.ThrowIfNull(instanceType);
        var dot = instanceType.IndexOf('.', StringComparison.Ordinal);
        var size = dot < 0 ? string.Empty : instanceType[(dot + 1)..];
        switch (size)
        {
            case "nano": return 0.25m;
            case "micro": return 0.5m;
            case "small": return 1m;
            case "medium": return 2m;
            case "large": return 4m;
            case "xlarge": return 8m;
        }

        return size.EndsWith("xlarge", StringComparison.Ordinal)
            && int.TryParse(size.AsSpan(0, size.Length - "xlarge".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n > 0
            ? 8m * n
            : null;
    }
}
