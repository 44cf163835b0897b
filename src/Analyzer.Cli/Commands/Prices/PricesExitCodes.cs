namespace Analyzer.Cli.Commands.Prices;

/// <summary>Exit codes of the prices commands, one per failure class.</summary>
public static class PricesExitCodes
{
    public const int Ok = 0;

    /// <summary>The catalog holds nothing for what was asked.</summary>
    public const int NothingHeld = 4;

    /// <summary>A Price List download or file failed; the store was not changed.</summary>
    public const int PriceListFailed = 5;

    /// <summary>The store failed to load or read prices; a load was rolled back.</summary>
    public const int StorageFailed = 6;
}
