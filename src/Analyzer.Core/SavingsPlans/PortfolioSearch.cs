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
        if (dims == 0)
        {
            // Nothing the offer can cover (no RI rate for any key, no Compute plan): the empty portfolio.
            return [];
        }

        var x = new double[dims];
        var step = new double[dims];
        for (var d = 0; d < dims; d++)
        {
            step[d] = Math.Max(Math.Min(Top(d), caps[d]) / 2, 0);
        }

        var state = new SearchState(this, x);
        var f = state.Net(x, -1, null, 0);
        var scratch = new double[hourCount * (groups.Length == 0 ? 0 : groups.Max(g => g.Keys.Length))];
        var bestScratch = new double[scratch.Length];
        while (step.Max() > 0.001)
        {
            double[]? best = null;
            var bestF = f;
            var bestGroup = -1;
            double bestGroupCovered = 0;
            foreach (var move in Moves(x, step, dims))
            {
                // A move changes at most one RI layer: only that layer's cover is recomputed, the others' are kept.
                var changed = ChangedGroup(x, move);
                var groupCovered = changed < 0 ? 0 : state.CoverGroup(changed, move[changed], scratch);
                var value = state.Net(move, changed, scratch, groupCovered);
                if (value > bestF + Tiny)
                {
                    (best, bestF, bestGroup, bestGroupCovered) = (move, value, changed, groupCovered);
                    if (changed >= 0)
                    {
                        Array.Copy(scratch, bestScratch, hourCount * groups[changed].Keys.Length);
                    }
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

            if (bestGroup >= 0)
            {
                state.Accept(bestGroup, bestScratch, bestGroupCovered);
            }

            (x, f) = (best, bestF);
        }

        return x;
    }

    // The RI layer a move changes (moves change one layer, or one layer and the Compute plan); -1 when only the Compute plan.
    private int ChangedGroup(double[] x, double[] move)
    {
        for (var g = 0; g < groups.Length; g++)
        {
            if (move[g] != x[g])
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>Covered on-demand USD minus the commitments, summed over the hours.</summary>
    public double Net(double[] commitments) => new SearchState(this, commitments).Net(commitments, -1, null, 0);

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

    /// <summary>
    /// The search's current point: each RI layer's residual on its own keys hour by hour, and what it covers. The RI
    /// layers cover disjoint keys (one family and region each) before the Compute plan, so a layer's cover depends on
    /// its own commitment alone, and a move is evaluated by recomputing one layer and the Compute plan over the rest.
    /// </summary>
    private sealed class SearchState
    {
        private readonly PortfolioSearch search;
        private readonly double[][] residuals;
        private readonly double[] covered;
        private readonly int[] groupOf;
        private readonly int[] positionOf;

        public SearchState(PortfolioSearch search, double[] x)
        {
            this.search = search;
            groupOf = new int[search.keyCount];
            positionOf = new int[search.keyCount];
            Array.Fill(groupOf, -1);
            residuals = new double[search.groups.Length][];
            covered = new double[search.groups.Length];
            for (var g = 0; g < search.groups.Length; g++)
            {
                var keys = search.groups[g].Keys;
                for (var i = 0; i < keys.Length; i++)
                {
                    (groupOf[keys[i]], positionOf[keys[i]]) = (g, i);
                }

                residuals[g] = new double[search.hourCount * keys.Length];
                covered[g] = CoverGroup(g, x[g], residuals[g]);
            }
        }

        /// <summary>Layer <paramref name="g"/> at <paramref name="commitment"/>: its residual into <paramref name="into"/> (hour-major), and what it covers.</summary>
        public double CoverGroup(int g, double commitment, double[] into)
        {
            var (keys, ratios) = search.groups[g];
            var width = keys.Length;
            double total = 0;
            for (var h = 0; h < search.hourCount; h++)
            {
                var row = h * search.keyCount;
                var left = commitment;
                for (var i = 0; i < width; i++)
                {
                    var spend = search.spend[row + keys[i]];
                    var cov = left > 0 ? Math.Min(spend, left / ratios[i]) : 0;
                    left -= cov * ratios[i];
                    into[(h * width) + i] = spend - cov;
                    total += cov;
                }
            }

            return total;
        }

        /// <summary>Net savings at <paramref name="x"/>, where layer <paramref name="changed"/> (if any) is given by its residual and cover.</summary>
        public double Net(double[] x, int changed, double[]? changedResidual, double changedCovered)
        {
            double total = 0, committed = 0;
            for (var g = 0; g < covered.Length; g++)
            {
                total += g == changed ? changedCovered : covered[g];
            }

            for (var d = 0; d < x.Length; d++)
            {
                committed += x[d];
            }

            if (search.HasCompute)
            {
                var commitment = x[search.groups.Length];
                var keys = search.computeKeys;
                var ratios = search.computeRatios;
                for (var h = 0; h < search.hourCount && commitment > 0; h++)
                {
                    var left = commitment;
                    for (var i = 0; i < keys.Length && left > 0; i++)
                    {
                        var k = keys[i];
                        var g = groupOf[k];
                        var residual = g < 0
                            ? search.spend[(h * search.keyCount) + k]
                            : (g == changed ? changedResidual! : residuals[g])[(h * search.groups[g].Keys.Length) + positionOf[k]];
                        var cov = Math.Min(residual, left / ratios[i]);
                        left -= cov * ratios[i];
                        total += cov;
                    }
                }
            }

            return total - (committed * search.hourCount);
        }

        public void Accept(int g, double[] residual, double groupCovered)
        {
            Array.Copy(residual, residuals[g], residuals[g].Length);
            covered[g] = groupCovered;
        }
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
