namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Turns the fleet's two series (as it runs today, and as recommended) into the decision a buyer needs, per plan, term
/// and payment: the knee commitment on the recommended fleet beyond the plans held, its upfront, break-even month,
/// utilization, coverage and the savings left if usage dropped 10/20/30%; the part of it that already pays on today's
/// fleet (buy now) and the rest (after the rightsizing lands); and the renewal of held plans lapsing within a year.
/// Beside the single plans, a layered portfolio per term and payment the catalog has Standard RI rates for
/// (<see cref="CommitmentPortfolioOptimizer"/>): RIs for each family's steady base, the Compute plan over the rest; the
/// best of them as a purchase plan (<see cref="PortfolioPurchasePlanner"/>: buy now, after the rightsizing, at renewal,
/// and its usage-drop risk), and the spend no rate covers, by reason (<see cref="SpendWithoutRate"/>).
/// </summary>
public static class CommitmentAdvisor
{
    /// <summary>Held plans ending within this many days after the window are planned for renewal.</summary>
    public const int RenewalHorizonDays = 365;

    private const decimal HoursPerYear = 8760m;

    private static readonly int[] DropPercents = [10, 20, 30];

    public static CommitmentAdvice Advise(
        FleetSpend recommended, FleetSpend current, IReadOnlyList<SavingsPlanOffer> offers, HeldCommitments held, int curvePoints, decimal kneeShare, DateTime windowEnd,
        IReadOnlyList<ReservedInstanceOffer>? reserved = null, decimal steadyShare = CommitmentPortfolioOptimizer.SteadyShareOfHours)
    {
        ArgumentNullException.ThrowIfNull(recommended);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(held);
        // The steps are pure over read-only series, so those that do not need each other's results run side by side:
        // each alone leaves a core idle at its end (a few offers per core), and the purchase plan's searches would run alone.
        var lapse = Lapse(held, windowEnd);
        var todayRun = Task.Run(() => FleetCommitmentPlanner.Plan(current.Hours, offers, held, curvePoints, kneeShare));
        var withoutRun = lapse is null ? null : Task.Run(() => FleetCommitmentPlanner.Plan(recommended.Hours, offers, lapse.Value.Without, curvePoints, kneeShare));
        var plan = FleetCommitmentPlanner.Plan(recommended.Hours, offers, held, curvePoints, kneeShare);
        var (portfolios, portfolio) = Portfolios(recommended, plan, offers, reserved, curvePoints, kneeShare, steadyShare);
        var today = todayRun.GetAwaiter().GetResult();
        var withoutPlan = withoutRun?.GetAwaiter().GetResult();
        var purchase = portfolio is null
            ? null
            : Task.Run(() => PurchasePlan(portfolio, plan, today, current, offers, reserved!, withoutPlan, lapse?.Lapsing ?? [], curvePoints, kneeShare, steadyShare));
        var candidates = plan.Results.AsParallel().AsOrdered().Select(r => Candidate(plan, r, today.Results.FirstOrDefault(t => t.Offer.Label == r.Offer.Label))).ToList();
        var best = Best(candidates);
        var renewal = best is null || lapse is null ? null : Renewal(withoutPlan!, lapse.Value.Lapsing, best);
        var heldSavings = FleetCommitmentPlanner.HeldMonthlyNetSavings(recommended.Hours, offers, held);
        var withoutRate = WithoutRate(plan, best, portfolio, offers, reserved);
        return new CommitmentAdvice(plan, candidates, best, renewal, recommended, current)
        {
            HeldMonthlyNetSavingsRecommended = heldSavings,
            Portfolios = portfolios,
            Portfolio = portfolio,
            PortfolioPlan = purchase?.GetAwaiter().GetResult(),
            WithoutRate = withoutRate,
        };
    }

    /// <summary>
    /// The recommended fleet's commitment alone, as a what-if needs it: the plan, each candidate's commitment, upfront,
    /// break-even and savings, and the best of them, as <see cref="Advise"/> gives them; without today's fleet (no
    /// buy-now split: all of it is after the rightsizing), usage-drop risks, renewal or the held plans' savings on the
    /// recommended fleet (<see cref="CommitmentAdvice.HeldMonthlyNetSavingsRecommended"/> stays 0), which cost as much again.
    /// </summary>
    public static CommitmentAdvice AdviseRecommended(
        FleetSpend recommended, IReadOnlyList<SavingsPlanOffer> offers, HeldCommitments held, int curvePoints, decimal kneeShare,
        IReadOnlyList<ReservedInstanceOffer>? reserved = null, decimal steadyShare = CommitmentPortfolioOptimizer.SteadyShareOfHours)
    {
        ArgumentNullException.ThrowIfNull(recommended);
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(held);
        var plan = FleetCommitmentPlanner.Plan(recommended.Hours, offers, held, curvePoints, kneeShare);
        var candidates = plan.Results.Select(r =>
        {
            var upfront = Upfront(r.AdditionalCommitment, r.Offer.TermYears, r.Offer.Payment);
            return new CommitmentCandidate(r, upfront, BreakEvenMonth(upfront, r.AdditionalMonthlySavings, r.Offer.TermYears), [], 0m, r.AdditionalCommitment);
        }).ToList();
        var empty = new FleetSpend([], new Dictionary<string, (string Key, decimal MonthlyUsd)>(StringComparer.Ordinal));
        var (portfolios, portfolio) = Portfolios(recommended, plan, offers, reserved, curvePoints, kneeShare, steadyShare);
        return new CommitmentAdvice(plan, candidates, Best(candidates), null, recommended, empty)
        {
            Portfolios = portfolios,
            Portfolio = portfolio,
        };
    }

    // One layered portfolio per term and payment with RI rates, on what the held plans leave; the best is the one
    // with RIs in it that saves most.
    private static (List<CommitmentPortfolio> All, CommitmentPortfolio? Best) Portfolios(
        FleetSpend recommended, FleetCommitmentPlan plan, IReadOnlyList<SavingsPlanOffer> offers, IReadOnlyList<ReservedInstanceOffer>? reserved, int curvePoints, decimal kneeShare,
        decimal steadyShare)
    {
        // Each term and payment is its own search over every hour (a few per fleet, independent): one per core.
        var portfolios = (reserved ?? []).AsParallel().AsOrdered().Select(ri =>
        {
            var compute = ComputeOffer(offers, ri);
            var left = plan.AfterHeld(compute ?? NoComputeRates(ri));
            return CommitmentPortfolioOptimizer.Optimize(recommended.Hours, left, ri, compute, curvePoints, kneeShare, steadyShare);
        }).ToList();
        var best = portfolios.Where(p => p.MonthlyNetSavings > 0 && p.Layers.Any(l => l.Plan == ReservedInstanceOffer.Plan))
            .OrderByDescending(p => p.MonthlyNetSavings).ThenBy(p => p.Label, StringComparer.Ordinal).FirstOrDefault();
        return (portfolios, best);
    }

    /// <summary>Paid at purchase for <paramref name="hourly"/> USD per hour: the whole term (All Upfront), half (Partial), none (No Upfront).</summary>
    public static decimal Upfront(decimal hourly, int termYears, string payment) => payment switch
    {
        "all" => hourly * HoursPerYear * termYears,
        "partial" => hourly * HoursPerYear * termYears / 2,
        _ => 0m,
    };

    /// <summary>
    /// The month the cumulative cash saved first repays the upfront: each month saves the net savings plus the upfront's
    /// monthly share (it is prepaid, not billed again), so month m = ceiling(upfront / (net + upfront / term months)).
    /// 1 without upfront; null when the commitment saves nothing or never pays back within its term.
    /// </summary>
    public static int? BreakEvenMonth(decimal upfront, decimal monthlyNetSavings, int termYears)
    {
        if (monthlyNetSavings <= 0)
        {
            return null;
        }

        if (upfront <= 0)
        {
            return 1;
        }

        var termMonths = 12 * termYears;
        var month = (int)Math.Ceiling(upfront / (monthlyNetSavings + (upfront / termMonths)));
        return month <= termMonths ? Math.Max(1, month) : null;
    }

    private static CommitmentCandidate? Best(List<CommitmentCandidate> candidates) =>
        candidates.Where(c => c.MonthlyNetSavings > 0)
            .OrderByDescending(c => c.MonthlyNetSavings).ThenBy(c => c.Label, StringComparer.Ordinal).FirstOrDefault();

    private static CommitmentCandidate Candidate(FleetCommitmentPlan plan, SavingsPlanResult result, SavingsPlanResult? today)
    {
        var offer = result.Offer;
        var hourly = result.AdditionalCommitment;
        var upfront = Upfront(hourly, offer.TermYears, offer.Payment);
        var drops = DropPercents
            .Select(d => plan.EvaluateAdditional(offer.Label, hourly, 1m - (d / 100m)) is { } e
                ? new UsageDropRisk(d, e.AdditionalMonthlySavings, e.Point.UtilizationPercent)
                : new UsageDropRisk(d, 0m, 0))
            .ToList();
        var now = Math.Min(hourly, today?.AdditionalCommitment ?? 0m);
        return new CommitmentCandidate(result, upfront, BreakEvenMonth(upfront, result.AdditionalMonthlySavings, offer.TermYears), drops, now, hourly - now);
    }

    // The held plans active at the window's end that lapse within the horizon, and the plans held without them; null
    // when none lapses (or the Compute amount held came from the setting, which has no end).
    private static (List<HeldPlan> Lapsing, HeldCommitments Without)? Lapse(HeldCommitments held, DateTime windowEnd)
    {
        if (held.ComputeFromSetting)
        {
            return null;
        }

        var lapsing = held.Plans
            .Where(p => p.Plan is HeldCommitments.Compute or HeldCommitments.Ec2Instance && p.IsActiveAt(windowEnd.AddHours(-1)) && p.EndsWithin(windowEnd, RenewalHorizonDays))
            .OrderBy(p => p.EndsAt).ThenBy(p => p.Arn, StringComparer.Ordinal)
            .ToList();
        if (lapsing.Count == 0)
        {
            return null;
        }

        var without = held with
        {
            Plans = held.Plans.Except(lapsing).ToList(),
            ComputeHourly = held.ComputeHourly - lapsing.Where(p => p.Plan == HeldCommitments.Compute).Sum(p => p.HourlyCommitment),
        };
        return (lapsing, without);
    }

    private static CommitmentRenewal Renewal(FleetCommitmentPlan without, List<HeldPlan> lapsing, CommitmentCandidate best)
    {
        var after = without.Results.First(r => r.Offer.Label == best.Label);
        var keep = without.EvaluateAdditional(best.Label, best.HourlyCommitment)?.AdditionalMonthlySavings ?? 0m;
        var renew = Math.Max(0m, after.AdditionalCommitment - best.HourlyCommitment);
        return new CommitmentRenewal(lapsing, best.Label, renew, renew > 0 ? after.AdditionalMonthlySavings - keep : 0m);
    }

    // The recommended portfolio's tranches (buy now on what today's fleet justifies, the rest after the rightsizing, the
    // renewal as held plans lapse) and its usage-drop risk, each on the series of its own fleet after the plans held.
    private static PortfolioPurchasePlan PurchasePlan(
        CommitmentPortfolio portfolio, FleetCommitmentPlan plan, FleetCommitmentPlan today, FleetSpend current, IReadOnlyList<SavingsPlanOffer> offers,
        IReadOnlyList<ReservedInstanceOffer> reserved, FleetCommitmentPlan? without, List<HeldPlan> lapsing, int curvePoints, decimal kneeShare, decimal steadyShare)
    {
        var ri = reserved.First(r => r.TermYears == portfolio.TermYears && r.Payment == portfolio.Payment);
        var compute = ComputeOffer(offers, ri);
        var placeholder = compute ?? NoComputeRates(ri);
        var todayLeft = today.AfterHeld(placeholder);
        var renewedLeft = without?.AfterHeld(placeholder);
        // Two searches of their own: side by side.
        var renewing = renewedLeft is null ? null : Task.Run(() => CommitmentPortfolioOptimizer.Optimize(plan.Fleet, renewedLeft, ri, compute, curvePoints, kneeShare, steadyShare));
        var onToday = CommitmentPortfolioOptimizer.Optimize(current.Hours, todayLeft, ri, compute, curvePoints, kneeShare, steadyShare);
        var renewed = renewing?.GetAwaiter().GetResult();
        return PortfolioPurchasePlanner.Plan(
            portfolio, ri, compute, plan.AfterHeld(placeholder), scale => plan.AfterHeld(Scaled(plan.Fleet, scale), placeholder),
            onToday, todayLeft, renewed, renewedLeft, lapsing);
    }

    // The spend the best single plan and the portfolio leave on demand for lack of a rate, by reason, each on the series
    // it was sized on (what the plans held leave).
    private static List<SpendWithoutRate> WithoutRate(
        FleetCommitmentPlan plan, CommitmentCandidate? best, CommitmentPortfolio? portfolio, IReadOnlyList<SavingsPlanOffer> offers, IReadOnlyList<ReservedInstanceOffer>? reserved)
    {
        var lines = new List<SpendWithoutRate>();
        if (best is not null)
        {
            var offer = best.Result.Offer;
            lines.AddRange(SpendWithoutRate.Of("plan", plan.AfterHeld(offer), k => offer.RateRatios.GetValueOrDefault(k) > 0));
        }

        if (portfolio is not null && reserved?.FirstOrDefault(r => r.TermYears == portfolio.TermYears && r.Payment == portfolio.Payment) is { } ri)
        {
            var compute = ComputeOffer(offers, ri);
            lines.AddRange(SpendWithoutRate.Of(
                "portfolio", plan.AfterHeld(compute ?? NoComputeRates(ri)), k => ri.RateRatios.GetValueOrDefault(k) > 0 || (compute?.RateRatios.GetValueOrDefault(k) ?? 0m) > 0));
        }

        return lines;
    }

    private static IReadOnlyList<IReadOnlyList<SpendItem>> Scaled(IReadOnlyList<IReadOnlyList<SpendItem>> hours, decimal scale) =>
        [.. hours.Select(h => (IReadOnlyList<SpendItem>)[.. h.Select(i => i with { OnDemandUsd = i.OnDemandUsd * scale })])];

    private static SavingsPlanOffer? ComputeOffer(IReadOnlyList<SavingsPlanOffer> offers, ReservedInstanceOffer ri) =>
        offers.FirstOrDefault(o => o.Plan == HeldCommitments.Compute && o.TermYears == ri.TermYears && o.Payment == ri.Payment);

    // Where the catalog has no Compute rate of the RI's term and payment, the plans held are applied at their own rates.
    private static SavingsPlanOffer NoComputeRates(ReservedInstanceOffer ri) =>
        new(HeldCommitments.Compute, ri.TermYears, ri.Payment, new Dictionary<string, decimal>(StringComparer.Ordinal));
}
