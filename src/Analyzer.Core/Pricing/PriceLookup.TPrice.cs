using System.Diagnostics.CodeAnalysis;

namespace Analyzer.Core.Pricing;

/// <summary>
/// The outcome of one catalog lookup: the price, or a message that names what is missing (kind, type, region,
/// plan) and, for a region, the regions the catalog holds. A missing price is an expected outcome that makes an
/// option infeasible, never something to estimate.
/// </summary>
public readonly record struct PriceLookup<T>
    where T : class
{
    internal PriceLookup(T? value, PriceGap gap, string? message)
    {
        Price = value;
        Gap = gap;
        Message = message;
    }

    /// <summary>The price when <see cref="Found"/>; null otherwise.</summary>
    public T? Price { get; }

    public PriceGap Gap { get; }

    /// <summary>Why nothing was found; null when <see cref="Found"/>.</summary>
    public string? Message { get; }

    [MemberNotNullWhen(true, nameof(Price))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Found => Gap == PriceGap.None;

    /// <summary>The price, or an exception carrying the lookup's message: for callers that cannot go on without it.</summary>
    public T GetOrThrow() => Found ? Price : throw new PriceNotFoundException(Gap, Message);

    public override string ToString() => Found ? $"found: {Price}" : $"missing: {Message}";
}
