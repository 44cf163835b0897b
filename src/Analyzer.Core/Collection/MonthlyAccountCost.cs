namespace Analyzer.Core.Collection;

/// <summary>
/// One month of one linked account's cost for one service, as the organisation's payer account sees it in Cost
/// Explorer: the overview of every account, collected or not. USD.
/// </summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Estimated">The month is not final yet (the current month, or last month in its first days).</param>
public sealed record MonthlyAccountCost(DateOnly Month, string AccountId, string Service, decimal UnblendedCost, decimal AmortizedCost, bool Estimated);
