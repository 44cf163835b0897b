namespace Analyzer.Collectors.Demo;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny generator defined bit for bit, so the demo organisation is the
/// same on every machine and .NET version. <see cref="Random"/> is not used because its algorithm may change.
/// Only +, -, *, / and comparisons are applied to its doubles (no Math.Sin or Math.Exp, whose last bits can differ
/// between platforms' math libraries).
/// </summary>
internal sealed class SplitMix64
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong state;

    public SplitMix64(ulong seed) => state = seed;

    /// <summary>A seed for an independent stream, derived from a parent seed and a stream number.</summary>
    public static ulong Derive(ulong seed, ulong stream) => new SplitMix64(seed ^ ((stream + 1) * Golden)).NextUInt64();

    public ulong NextUInt64()
    {
        state += Golden;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitScale;

    /// <summary>Uniform in [min, max).</summary>
    public double Between(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Uniform integer in [min, max] (the modulo bias is far below anything the demo could show).</summary>
    public int Between(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min + 1));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    /// <summary>Roughly normal noise with mean 0 and standard deviation 1 (Irwin-Hall sum of 12 uniforms), bounded to +-6.</summary>
    public double Noise()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += NextDouble();
        }

        return sum - 6.0;
    }

    /// <summary>Shuffles in place (Fisher-Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Between(0, i);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
