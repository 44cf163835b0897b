namespace Analyzer.Core.Pricing;

/// <summary>One (date, source) of prices the store holds, and when it was loaded.</summary>
public sealed record PriceCatalogVersion(DateOnly AsOf, string Source, DateTime LoadedAt, string? Note);
