namespace Analyzer.Storage.Collection;

/// <summary>What one billing import loaded into cost_daily (daily lines after grouping) and its totals in USD.</summary>
public sealed record BillingImportResult(
    string RunId,
    long CostLines,
    long Accounts,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    decimal UnblendedUsd,
    decimal AmortizedUsd);
