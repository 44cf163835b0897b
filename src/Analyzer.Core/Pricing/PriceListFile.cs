namespace Analyzer.Core.Pricing;

/// <summary>
/// One AWS Price List bulk CSV for one offer and region, downloaded to disk and checked: its metadata block was
/// read and its header holds the columns the loader needs. The store loads it with DuckDB's CSV reader.
/// </summary>
/// <param name="OfferCode">"AmazonEC2", "AWSComputeSavingsPlan", "AWSLambda" or "AmazonECS".</param>
/// <param name="Path">The local file.</param>
/// <param name="PublicationDate">The file's "Publication Date": the date its prices reflect (the rows' as_of).</param>
/// <param name="Version">The file's "Version", e.g. "20260101000000".</param>
/// <param name="LinesBeforeHeader">Metadata lines to skip before the CSV header.</param>
/// <param name="SourceUrl">Where it was downloaded from.</param>
public sealed record PriceListFile(
    string OfferCode,
    string Region,
    string Path,
    DateOnly PublicationDate,
    string Version,
    int LinesBeforeHeader,
    Uri SourceUrl)
{
    /// <summary>The provenance label every row loaded from this file carries.</summary>
    public string Source => $"aws-price-list:{OfferCode}@{Version}";
}
