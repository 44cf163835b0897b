using Analyzer.Core.Collection;

namespace Analyzer.Core.SavingsPlans;

/// <summary>One Reserved Instance purchase held and what the analysis does with it.</summary>
/// <param name="Applied">What the optimizer applies before every Savings Plan; null: not applied (<paramref name="Covers"/> says why).</param>
/// <param name="Covers">What it covers ("us-east-1 m5, any size by normalization factor", "us-east-1 m5.large only, ...") or why it covers nothing.</param>
public sealed record ReservedInstanceUse(ReservedInstance Held, HeldReservedInstance? Applied, string Covers)
{
    /// <summary>Its type's on-demand rate x its count (0 when the catalog has no rate).</summary>
    public decimal OnDemandUsdPerHour => Applied?.CoveredUsdPerHour ?? 0m;
}
