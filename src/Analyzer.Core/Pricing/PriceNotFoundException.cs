namespace Analyzer.Core.Pricing;

/// <summary>Thrown by <see cref="PriceLookup{T}.GetOrThrow"/> when a caller needs a price the catalog lacks.</summary>
public sealed class PriceNotFoundException : Exception
{
    public PriceNotFoundException()
    {
    }

    public PriceNotFoundException(string message)
        : base(message)
    {
    }

    public PriceNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PriceNotFoundException(PriceGap gap, string message)
        : base(message)
    {
        Gap = gap;
    }

    public PriceGap Gap { get; }
}
