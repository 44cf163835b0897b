namespace Analyzer.Core.Pricing;

/// <summary>Why a price lookup found nothing, so the engine can say what to do about it.</summary>
public enum PriceGap
{
    /// <summary>The lookup found a price.</summary>
    None,

    /// <summary>The catalog holds no prices of this kind for the region: run <c>analyzer prices refresh</c>.</summary>
    RegionNotLoaded,

    /// <summary>The region is loaded but the item (type, plan, term, tier) is not listed there.</summary>
    NotListed,
}
