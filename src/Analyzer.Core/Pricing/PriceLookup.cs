namespace Analyzer.Core.Pricing;

/// <summary>Creates <see cref="PriceLookup{T}"/> outcomes (static members cannot live on the generic type).</summary>
public static class PriceLookup
{
    public static PriceLookup<T> Hit<T>(T price)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(price);
        return new(price, PriceGap.None, null);
    }

    public static PriceLookup<T> Miss<T>(PriceGap gap, string message)
        where T : class
    {
        if (gap == PriceGap.None)
        {
            throw new ArgumentException("A miss needs a gap other than None.", nameof(gap));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new(null, gap, message);
    }
}
