namespace Analyzer.Collectors.PriceList;

/// <summary>
/// A Price List download or file could not be used: an HTTP failure, a region the offer does not list, or a
/// file whose layout is not the one the loader reads. The message names the offer, region and URL or file.
/// </summary>
public sealed class PriceListException : Exception
{
    public PriceListException()
    {
    }

    public PriceListException(string message)
        : base(message)
    {
    }

    public PriceListException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PriceListException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>True for throttling and server errors, which a later attempt may not meet.</summary>
    public bool IsTransient { get; }
}
