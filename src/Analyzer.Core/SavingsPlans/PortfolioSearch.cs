namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// The joint search of <see cref="CommitmentPortfolioOptimizer"/>: the hourly series flattened into arrays and the
/// portfolio's net savings evaluated in doubles, thousands of times. Doubles, not decimal, because this only chooses
/// where to look; every number reported is computed again in decimal on the chosen commitments.
/// </summary>
internal sealed class PortfolioSearch
{
    private const double Tiny = 1e-9;

    private readonly int hourCount;
    private readonly int keyCount;
    private readonly double[] spend;
    private readonly (int[] Keys, double[] Ratios)[] groups;
    private readonly int[] computeKeys;
    private readonly double[] computeRatios;
    private readonly double[] exchange;
    private readonly double[] caps;

    /// <param name="groups">Per RI layer, its keys (indexes into <paramref name="keys"/>) with their RI ratios, lowest first.</param>
    /// <param name="computeRatios">The Compute plan's ratio per key index (0: none); null without a Compute layer.</param>
    /// <param name="caps">The most each RI layer may commit, USD per hour.</param>
    public PortfolioSearch(
        IReadOnlyList<IReadOnlyList<SpendItem>> hours, IReadOnlyList<string> keys, IReadOnlyList<(int[] Keys, decimal[] Ratios)> groups, decimal[]? computeRatios, IReadOnlyList<decimal> caps)
    {
        hourCount = hours.Count;
        keyCount = keys.Count;
        var index = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        spend = new double[hourCount * keyCount];
        for (var h = 0; h < hourCount; h++)
        {
            foreach (var item in hours[h])
            {
                if (index.TryGetValue(item.Key, out var k))
                {
                    spend[(h * keyCount) + k] += (double)item.OnDemandUsd;
                }
            }
        }

        this.groups = [.. groups.Select(g => (g.Keys, g.Ratios.Select(r => (double)r).ToArray()))];
        var order = computeRatios is null ? [] : Enumerable.Range(0, keyCount).Where(k => computeRatios[k] > 0).OrderBy(k => computeRatios[k]).ToArray();
        computeKeys = order;
        this.computeRatios = [.. order.Select(k => (double)computeRatios![k])];
        HasCompute = computeRatios is not null && order.Length > 0;
        this.caps = [.. caps.Select(c => (double)c), double.MaxValue];

        // Moving a dollar from the Compute plan to a family's RIs covers the same usage when it is scaled by the ratio of
        // the two rates (spend-weighted over the family's keys).
        exchange = [.. this.groups.Select(g =>
        {
            double sp = 0, ri = 0;
            for (var i = 0; i < g.Keys.Length; i++)
            {
                var cr = computeRatios is null ? 0 : (double)computeRatios[g.Keys[i]];
                sp += cr;
                ri += g.Item2[i];
            }

            return ri > 0 && sp > 0 ? sp / ri : 0;
        })];
    }

    public bool HasCompute { get; }

    /// <summary>
    /// The commitments (one per RI layer, each within its cap, then the Compute plan's) with the most net savings: a pattern search from zero
    /// over single-layer moves and RI/Compute exchanges, halving the step until it is below a tenth of a cent an hour.
    /// Net savings are concave in the commitments (each hour's cover is a greedy allocation, the optimum of a linear
    /// program in them), so a point no move improves at the finest step is within a step of the maximum; the brute-force
    /// test checks this against an exhaustive search.
    /// </summary>
    public double[] Maximize()
    {
        var dims = groups.Length + (HasCompute ? 1 : 0);
        var x = new double[dims];
        var step = new double[dims];
        for (var d = 0; d < dims; d++)
        {
            step[d] = Math.Max(Math.Min(Top(d), caps[d]) / 2, 0);
        }

        var f = Net(x);
        while (step.Max() > 0.0001)
        {
            double[]? best = null;
            var bestF = f;
            foreach (var move in Moves(x, step, dims))
            {
                var value = Net(move);
                if (value > bestF + Tiny)
                {
                    (best, bestF) = (move, value);
                }
            }

            if (best is null)
            {
                for (var d = 0; d < dims; d++)
                {
                    step[d] /= 2;
                }

                continue;
            }

            (x, f) = (best, bestF);
        }

        return x;
    }

    /// <summary>Covered on-demand USD minus the commitments, summed over the hours.</summary>
    public double Net(double[] commitments)
    {
        var residual = new double[keyCount];
        double covered = 0, committed = 0;
        for (var d = 0; d < commitments.Length; d++)
        {
            committed += commitments[d];
        }

        for (var h = 0; h < hourCount; h++)
        {
            Array.Copy(spend, h * keyCount, residual, 0, keyCount);
            for (var g = 0; g < groups.Length; g++)
            {
                covered += Cover(residual, groups[g].Keys, groups[g].Ratios, commitments[g]);
            }

            if (HasCompute)
            {
                covered += Cover(residual, computeKeys, computeRatios, commitments[groups.Length]);
            }
        }

        return covered - (committed * hourCount);
    }

    private static double Cover(double[] residual, int[] keys, double[] ratios, double commitment)
    {
        double left = commitment, covered = 0;
        for (var i = 0; i < keys.Length && left > 0; i++)
        {
            var cov = Math.Min(residual[keys[i]], left / ratios[i]);
            left -= cov * ratios[i];
            residual[keys[i]] -= cov;
            covered += cov;
        }

        return covered;
    }

    private IEnumerable<double[]> Moves(double[] x, double[] step, int dims)
    {
        for (var d = 0; d < dims; d++)
        {
            yield return With(x, (d, step[d]));
            if (x[d] > 0)
            {
                yield return With(x, (d, -step[d]));
            }
        }

        if (!HasCompute)
        {
            yield break;
        }

        var c = groups.Length;
        for (var g = 0; g < groups.Length; g++)
        {
            if (exchange[g] > 0)
            {
                yield return With(x, (g, step[g]), (c, -step[g] * exchange[g]));
                yield return With(x, (g, -step[g]), (c, step[g] * exchange[g]));
            }
        }
    }

    private double[] With(double[] x, params (int D, double Delta)[] changes)
    {
        var y = (double[])x.Clone();
        foreach (var (d, delta) in changes)
        {
            y[d] = Math.Clamp(y[d] + delta, 0, caps[d]);
        }

        return y;
    }

    // The commitment that covers dimension d's keys whole in the busiest hour: no optimum lies beyond it.
    private double Top(int d)
    {
        var (keys, ratios) = d < groups.Length ? groups[d] : (computeKeys, computeRatios);
        double top = 0;
        for (var h = 0; h < hourCount; h++)
        {
            double sum = 0;
            for (var i = 0; i < keys.Length; i++)
            {
                sum += spend[(h * keyCount) + keys[i]] * ratios[i];
            }

            top = Math.Max(top, sum);
        }

        return top;
    }
}
