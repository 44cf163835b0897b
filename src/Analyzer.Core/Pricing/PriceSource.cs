namespace Analyzer.Core.Pricing;

/// <summary>Where a price came from and the date it reflects: every price row carries one.</summary>
/// <param name="Source">A short provenance label, e.g. "shipped:aws-price-list" or "refresh:AmazonEC2".</param>
/// <param name="AsOf">The date the price reflects (the catalog can hold several).</param>
public sealed record PriceSource(string Source, DateOnly AsOf);
