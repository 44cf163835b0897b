namespace Analyzer.Core.Pricing;

/// <summary>One kind of price the catalog holds from one source at one date: what a report names.</summary>
/// <param name="Kind">"on-demand", "spot", "compute", "ri-standard", "fargate", "lambda", ...</param>
/// <param name="Rows">How many prices of this kind came from the source at this date.</param>
public sealed record PriceProvenance(string Kind, string Source, DateOnly AsOf, int Rows);
