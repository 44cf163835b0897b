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
                // A move clamped back onto the point (a layer at its cap or at zero) is worth f, which never wins.
                if (move.AsSpan().SequenceEqual(x))
                {
                    continue;
                }

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
    /// The search's current point: what each RI layer covers, and what the RI layers leave of every key the Compute plan
    /// covers, hour by hour in the plan's order (an hour's row is read straight through). The RI layers cover disjoint
    /// keys (one family and region each) before the Compute plan, so a layer's cover depends on its own commitment alone,
    /// and a move is evaluated by recomputing one layer and the Compute plan over the rest.
    /// </summary>
    private sealed class SearchState
    {
        private readonly PortfolioSearch search;
        private readonly double[] covered;
        private readonly double[] left;
        private readonly int[][] slots;
        private readonly double[] saved;

        public SearchState(PortfolioSearch search, double[] x)
        {
            this.search = search;
            var width = search.computeKeys.Length;
            left = new double[search.hourCount * width];
            for (var h = 0; h < search.hourCount; h++)
            {
                for (var i = 0; i < width; i++)
                {
                    left[(h * width) + i] = search.spend[(h * search.keyCount) + search.computeKeys[i]];
                }
            }

            // Each RI layer key's place in the Compute plan's order; -1 where the plan has no rate for it.
            var slotOf = new int[search.keyCount];
            Array.Fill(slotOf, -1);
            for (var i = 0; i < width; i++)
            {
                slotOf[search.computeKeys[i]] = i;
            }

            slots = [.. search.groups.Select(g => g.Keys.Select(k => slotOf[k]).ToArray())];
            saved = new double[search.hourCount * (search.groups.Length == 0 ? 0 : search.groups.Max(g => g.Keys.Length))];
            covered = new double[search.groups.Length];
            var residual = new double[saved.Length];
            for (var g = 0; g < search.groups.Length; g++)
            {
                covered[g] = CoverGroup(g, x[g], residual);
                Write(g, residual, null);
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

            if (search.HasCompute && x[search.groups.Length] > 0)
            {
                // The changed layer's residual stands in for its current one while the Compute plan is applied.
                if (changed >= 0)
                {
                    Write(changed, changedResidual!, saved);
                }

                total = Compute(x[search.groups.Length], total);
                if (changed >= 0)
                {
                    Write(changed, saved, null);
                }
            }

            return total - (committed * search.hourCount);
        }

        public void Accept(int g, double[] residual, double groupCovered)
        {
            Write(g, residual, null);
            covered[g] = groupCovered;
        }

        // The Compute plan's cover each hour, added to total item by item. A key the RI layers (or the hour) left nothing
        // of is passed over: it would cover 0 and leave the commitment as it was.
        private double Compute(double commitment, double total)
        {
            var ratios = search.computeRatios;
            var width = ratios.Length;
            for (var h = 0; h < search.hourCount; h++)
            {
                var row = h * width;
                var rest = commitment;
                for (var i = 0; i < width && rest > 0; i++)
                {
                    var residual = left[row + i];
                    if (residual == 0)
                    {
                        continue;
                    }

                    // Math.Min of two positive numbers, as a branch: in the usual hour the key is covered
                    // whole, and the next key's arithmetic need not wait for this division.
                    var most = rest / ratios[i];
                    var cov = residual < most ? residual : most;
                    rest -= cov * ratios[i];
                    total += cov;
                }
            }

            return total;
        }

        // Puts layer g's residual (hour-major, its keys' order) into the Compute plan's rows; the values there before go
        // to previous when given.
        private void Write(int g, double[] residual, double[]? previous)
        {
            var slot = slots[g];
            var width = search.computeKeys.Length;
            for (var h = 0; h < search.hourCount; h++)
            {
                for (var i = 0; i < slot.Length; i++)
                {
                    if (slot[i] >= 0)
                    {
                        var at = (h * width) + slot[i];
                        if (previous is not null)
                        {
                            previous[(h * slot.Length) + i] = left[at];
                        }

                        left[at] = residual[(h * slot.Length) + i];
                    }
                }
            }
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
