namespace Analyzer.Core.SavingsPlans;

/// <summary>Spend a commitment cannot cover because the price catalog has no rate for it, for one reason.</summary>
/// <param name="Basis">"plan" (the best single plan) or "portfolio" (the layered portfolio's RI and Compute rates).</param>
/// <param name="Reason">E.g. "Fargate", "Lambda", "EC2 in eu-west-1 (no rate for the region)", "EC2 types without a rate".</param>
/// <param name="MonthlyUsd">On-demand-equivalent spend per 730-hour month, after the plans held.</param>
public sealed record SpendWithoutRate(string Basis, string Reason, decimal MonthlyUsd)
{
    /// <summary>
    /// Splits the spend of <paramref name="hours"/> that <paramref name="hasRate"/> rejects by reason: Fargate, Lambda, EC2
    /// in a region where no EC2 key has a rate (one reason per region), and EC2 types without a rate in a region that has
    /// others. Largest first.
    /// </summary>
    public static IReadOnlyList<SpendWithoutRate> Of(string basis, IReadOnlyList<IReadOnlyList<SpendItem>> hours, Func<string, bool> hasRate)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(hasRate);
        if (hours.Count == 0)
        {
            return [];
        }

        var byKey = hours.SelectMany(h => h).Where(i => i.OnDemandUsd > 0).GroupBy(i => i.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(i => i.OnDemandUsd), StringComparer.Ordinal);
        var rated = byKey.Keys.Where(hasRate).ToHashSet(StringComparer.Ordinal);
        var regionsWithEc2Rates = rated.Where(k => Kind(k) == "ec2").Select(Region).ToHashSet(StringComparer.Ordinal);
        return [.. byKey.Where(k => !rated.Contains(k.Key))
            .GroupBy(k => Kind(k.Key) switch
            {
                "fargate" => "Fargate",
                "lambda" => "Lambda",
                _ when !regionsWithEc2Rates.Contains(Region(k.Key)) => $"EC2 in {Region(k.Key)} (no rate for the region)",
                _ => "EC2 types without a rate",
            }, StringComparer.Ordinal)
            .Select(g => new SpendWithoutRate(basis, g.Key, g.Sum(k => k.Value) * Options.Billing.HoursPerMonth / hours.Count))
            .OrderByDescending(w => w.MonthlyUsd).ThenBy(w => w.Reason, StringComparer.Ordinal)];
    }

    private static string Region(string key) => key[..Math.Max(0, key.IndexOf('/', StringComparison.Ordinal))];

    private static string Kind(string key)
    {
        var what = key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return what.StartsWith("fargate:", StringComparison.Ordinal) ? "fargate" : what.StartsWith("lambda:", StringComparison.Ordinal) ? "lambda" : "ec2";
    }
}
