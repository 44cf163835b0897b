namespace Analyzer.Storage.Pricing;

/// <summary>
/// The shipped price catalog (or a file it lists) is not where it should be: an installation problem, not a store
/// problem, and the same for every command that prices anything. The message names the missing path.
/// </summary>
public sealed class PriceCatalogMissingException : Exception
{
    public PriceCatalogMissingException()
    {
    }

    public PriceCatalogMissingException(string message)
        : base(message)
    {
    }

    public PriceCatalogMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PriceCatalogMissingException(string message, string path)
        : base(message) => Path = path;

    /// <summary>The file or folder that is missing.</summary>
    public string? Path { get; }
}
