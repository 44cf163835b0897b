namespace Analyzer.Reports.Charts;

/// <summary>"Nice" axis ticks (1, 2, 2.5, 5 x 10^n) covering a range that includes zero.</summary>
internal static class AxisScale
{
    public static IReadOnlyList<double> Ticks(double min, double max, int approximateCount = 5)
    {
        min = Math.Min(0, min);
        max = Math.Max(0, max);
        if (max - min < 1e-9)
        {
            max = min + 1;
        }

        var rough = (max - min) / approximateCount;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= rough);
        var ticks = new List<double>();
        for (var t = Math.Floor(min / step) * step; t < max + step - 1e-9; t += step)
        {
            ticks.Add(Math.Round(t, 10));
        }

        return ticks;
    }
}
