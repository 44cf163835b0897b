using Analyzer.Core.Options;

namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Finds the hourly Savings Plan commitment that maximises net savings over an hourly spend series.
/// Each hour stands alone: the commitment covers usage with the deepest discount first (lowest rate ratio),
/// each dollar of on-demand usage with ratio r using r dollars of commitment; the unused rest is lost.
/// Net savings in an hour, covered on-demand minus commitment, is concave and piecewise linear in the
/// commitment, with breakpoints where a usage key is fully covered; so is the sum, and its maximum lies on
/// a breakpoint where the slope turns negative. A sweep over the sorted breakpoints finds it exactly. For a
/// single flat ratio r this is the (1 - r) quantile of the hourly plan-rate spend.
/// </summary>
public static class SavingsPlanOptimizer
{
    // Decimal division (1 / ratio) leaves rounding dust in the 28th digit; a slope this close to zero is a plateau,
    // and the smallest commitment on a plateau is taken (same savings, less at stake).
    private const decimal FlatSlope = 0.000000000001m;

    /// <param name="kneeShare">
    /// The knee rule: recommend the smallest commitment whose additional net savings are within this share (0.02 = 2%)
    /// of the most it could save, rather than the far end of a flat top. 0 recommends the maximum itself.
    /// </param>
    public static SavingsPlanResult Optimize(
        IReadOnlyList<IReadOnlyList<SpendItem>> hours, SavingsPlanOffer offer, decimal heldCommitment, int curvePoints, decimal kneeShare = 0m)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentOutOfRangeException.ThrowIfNegative(heldCommitment);
        ArgumentOutOfRangeException.ThrowIfLessThan(curvePoints, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(kneeShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(kneeShare, 1m);
        var prepared = Prepare(hours, offer);
        var best = Argmax(prepared);
        var maximum = Evaluate(prepared, best);
        var held = Evaluate(prepared, heldCommitment);
        var optimum = kneeShare > 0 && best > heldCommitment ? Evaluate(prepared, Knee(prepared, heldCommitment, held, best, maximum, kneeShare)) : maximum;
        best = optimum.HourlyCommitment;
        var additional = Math.Max(0m, best - heldCommitment);
        var additionalSavings = additional > 0 ? optimum.MonthlyNetSavings - held.MonthlyNetSavings : 0m;

        var top = prepared.Length == 0 ? 0m : prepared.Max(h => h.Breakpoints.Length == 0 ? 0m : h.Breakpoints[^1]);
        var curve = new List<SavingsCurvePoint>();
        for (var i = 0; i < curvePoints; i++)
        {
            curve.Add(Evaluate(prepared, top * i / (curvePoints - 1)));
        }

        curve.Add(optimum);
        curve.Add(maximum);
        curve = [.. curve.DistinctBy(p => p.HourlyCommitment).OrderBy(p => p.HourlyCommitment)];
        var monthlyOnDemand = prepared.Length == 0 ? 0m : prepared.Sum(h => h.Total) * Billing.HoursPerMonth / prepared.Length;
        var withoutRate = prepared.Length == 0 ? 0m : prepared.Sum(h => h.Total - (h.CoveredBefore.Length == 0 ? 0m : h.CoveredBefore[^1])) * Billing.HoursPerMonth / prepared.Length;
        return new SavingsPlanResult(offer, monthlyOnDemand, optimum, heldCommitment, additional, additionalSavings, curve)
        {
            Maximum = maximum,
            MonthlyWithoutRate = withoutRate,
        };
    }

    // Net savings are concave and rise up to the maximum, so the smallest commitment reaching the target is found by
    // bisection between what is held and the maximum; it is then rounded up to AWS's $0.001 step (the maximum itself
    // when that step reaches it).
    private static decimal Knee(PreparedHour[] hours, decimal heldCommitment, SavingsCurvePoint held, decimal best, SavingsCurvePoint maximum, decimal share)
    {
        var target = held.MonthlyNetSavings + ((1 - share) * (maximum.MonthlyNetSavings - held.MonthlyNetSavings));
        decimal lo = heldCommitment, hi = best;
        for (var i = 0; i < 60 && hi - lo > 0.00001m; i++)
        {
            var mid = (lo + hi) / 2;
            if (Evaluate(hours, mid).MonthlyNetSavings >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        var rounded = Math.Ceiling(hi * 1000) / 1000;
        return rounded >= best ? best : Evaluate(hours, rounded).MonthlyNetSavings >= target ? rounded : hi;
    }

    /// <summary>Net savings, utilization and coverage of one hourly commitment over the series.</summary>
    public static SavingsCurvePoint Evaluate(IReadOnlyList<IReadOnlyList<SpendItem>> hours, SavingsPlanOffer offer, decimal commitment)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(offer);
        return Evaluate(Prepare(hours, offer), commitment);
    }

    private static SavingsCurvePoint Evaluate(PreparedHour[] hours, decimal commitment)
    {
        decimal covered = 0, used = 0, total = 0;
        foreach (var hour in hours)
        {
            total += hour.Total;
            if (commitment <= 0 || hour.Items.Length == 0)
            {
                continue;
            }

            // The first key the commitment does not fully cover; every key before it is covered whole.
            var k = Array.BinarySearch(hour.Breakpoints, commitment);
            k = k >= 0 ? k + 1 : ~k;
            if (k >= hour.Items.Length)
            {
                covered += hour.CoveredBefore[^1];
                used += hour.Breakpoints[^1];
                continue;
            }

            var before = k == 0 ? 0m : hour.Breakpoints[k - 1];
            covered += (k == 0 ? 0m : hour.CoveredBefore[k - 1]) + ((commitment - before) / hour.Items[k].Ratio);
            used += commitment;
        }

        var n = hours.Length;
        if (n == 0)
        {
            return new SavingsCurvePoint(commitment, 0, 0, 0);
        }

        var net = (covered - (commitment * n)) * Billing.HoursPerMonth / n;
        var utilization = commitment > 0 ? (double)(used / (commitment * n)) * 100 : 0;
        var coverage = total > 0 ? (double)(covered / total) * 100 : 0;
        return new SavingsCurvePoint(commitment, net, utilization, coverage);
    }

    // Slope sweep: start with the slope just above zero, apply each breakpoint's change in order, and stop
    // where the slope is no longer positive.
    private static decimal Argmax(PreparedHour[] hours)
    {
        var slope = 0m;
        var events = new List<(decimal At, decimal Delta)>();
        foreach (var hour in hours)
        {
            if (hour.Items.Length == 0)
            {
                slope -= 1;
                continue;
            }

            slope += (1 / hour.Items[0].Ratio) - 1;
            for (var i = 0; i < hour.Items.Length; i++)
            {
                var next = i + 1 < hour.Items.Length ? (1 / hour.Items[i + 1].Ratio) - 1 : -1m;
                events.Add((hour.Breakpoints[i], next - ((1 / hour.Items[i].Ratio) - 1)));
            }
        }

        if (slope <= FlatSlope)
        {
            return 0m;
        }

        events.Sort((a, b) => a.At.CompareTo(b.At));
        foreach (var (at, delta) in events)
        {
            slope += delta;
            if (slope <= FlatSlope)
            {
                return at;
            }
        }

        return events.Count == 0 ? 0m : events[^1].At;
    }

    private static PreparedHour[] Prepare(IReadOnlyList<IReadOnlyList<SpendItem>> hours, SavingsPlanOffer offer)
    {
        var prepared = new PreparedHour[hours.Count];
        for (var h = 0; h < hours.Count; h++)
        {
            var total = 0m;
            var items = new List<(decimal Ratio, decimal Spend)>();
            foreach (var item in hours[h])
            {
                total += item.OnDemandUsd;
                if (item.OnDemandUsd > 0 && offer.RateRatios.TryGetValue(item.Key, out var ratio) && ratio > 0)
                {
                    items.Add((ratio, item.OnDemandUsd));
                }
            }

            items.Sort((a, b) => a.Ratio.CompareTo(b.Ratio));
            var breakpoints = new decimal[items.Count];
            var coveredBefore = new decimal[items.Count];
            decimal cumulative = 0, spend = 0;
            for (var i = 0; i < items.Count; i++)
            {
                cumulative += items[i].Ratio * items[i].Spend;
                spend += items[i].Spend;
                breakpoints[i] = cumulative;
                coveredBefore[i] = spend;
            }

            prepared[h] = new PreparedHour(total, [.. items], breakpoints, coveredBefore);
        }

        return prepared;
    }

    // Items sorted by ratio; Breakpoints[i] is the commitment that covers items 0..i whole, CoveredBefore[i] their spend.
    private sealed record PreparedHour(decimal Total, (decimal Ratio, decimal Spend)[] Items, decimal[] Breakpoints, decimal[] CoveredBefore);
}
