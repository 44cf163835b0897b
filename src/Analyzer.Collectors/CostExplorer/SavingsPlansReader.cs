using System.Globalization;
using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// The Savings Plans an account holds and how they were used: GetSavingsPlansUtilization (DAILY, one request, not
/// paginated), GetSavingsPlansUtilizationDetails (one row per plan over the window, NextToken) and
/// GetSavingsPlansCoverage (DAILY, NextToken), each filtered to the account. DataUnavailableException means no
/// plan was active in the window: an empty answer, not a failure.
/// </summary>
internal sealed class SavingsPlansReader(AwsServiceClient sdk, string accountId, DateOnly start, DateOnly end)
{
    public const string NoDataCode = "DataUnavailableException";
    private static readonly string[] CoverageMetrics = ["SpendCoveredBySavingsPlans"];

    public async Task<IReadOnlyList<SavingsPlansUtilizationDay>> UtilizationAsync(CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetSavingsPlansUtilization;
        var body = await SendAsync(operation, new Dictionary<string, object?>
        {
            ["TimePeriod"] = CeValues.Period(start, end),
            ["Granularity"] = "DAILY",
            ["Filter"] = CeValues.LinkedAccount(accountId),
        }, cancellationToken).ConfigureAwait(false);
        return body is null ? [] : AwsJson.Read(operation, body, root => root.Array("SavingsPlansUtilizationsByTime").Select(day =>
        {
            var utilization = day.GetProperty("Utilization");
            var savings = day.Object("Savings");
            return new SavingsPlansUtilizationDay(
                CeValues.ParseDay(day.GetProperty("TimePeriod")),
                accountId,
                CeValues.Amount(operation, utilization, "TotalCommitment") ?? 0m,
                CeValues.Amount(operation, utilization, "UsedCommitment") ?? 0m,
                CeValues.Amount(operation, utilization, "UnusedCommitment") ?? 0m,
                CeValues.Percent(operation, utilization, "UtilizationPercentage"),
                savings is { } s ? CeValues.Amount(operation, s, "OnDemandCostEquivalent") : null,
                savings is { } n ? CeValues.Amount(operation, n, "NetSavings") : null);
        }).ToList());
    }

    public async Task<IReadOnlyList<SavingsPlanHeld>> HeldAsync(CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetSavingsPlansUtilizationDetails;
        var plans = new List<SavingsPlanHeld>();
        string? nextToken = null;
        do
        {
            var body = await SendAsync(operation, new Dictionary<string, object?>
            {
                ["TimePeriod"] = CeValues.Period(start, end),
                ["Filter"] = CeValues.LinkedAccount(accountId),
                ["NextToken"] = nextToken,
            }, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return [];
            }

            nextToken = AwsJson.Read(operation, body, root =>
            {
                plans.AddRange(root.Array("SavingsPlansUtilizationDetails").Select(d => Held(operation, d)).ToList());
                return root.String("NextToken");
            });
        }
        while (!string.IsNullOrEmpty(nextToken));

        return plans;
    }

    public async Task<IReadOnlyList<SavingsPlansCoverageDay>> CoverageAsync(CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetSavingsPlansCoverage;
        var days = new List<SavingsPlansCoverageDay>();
        string? nextToken = null;
        do
        {
            var body = await SendAsync(operation, new Dictionary<string, object?>
            {
                ["TimePeriod"] = CeValues.Period(start, end),
                ["Granularity"] = "DAILY",
                ["Filter"] = CeValues.LinkedAccount(accountId),
                ["Metrics"] = CoverageMetrics,
                ["NextToken"] = nextToken,
            }, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return [];
            }

            nextToken = AwsJson.Read(operation, body, root =>
            {
                days.AddRange(root.Array("SavingsPlansCoverages").Select(c =>
                {
                    var coverage = c.GetProperty("Coverage");
                    return new SavingsPlansCoverageDay(
                        CeValues.ParseDay(c.GetProperty("TimePeriod")),
                        accountId,
                        CeValues.Amount(operation, coverage, "SpendCoveredBySavingsPlans") ?? 0m,
                        CeValues.Amount(operation, coverage, "OnDemandCost") ?? 0m,
                        CeValues.Amount(operation, coverage, "TotalCost") ?? 0m,
                        CeValues.Percent(operation, coverage, "CoveragePercentage"));
                }).ToList());
                return root.String("NextToken");
            });
        }
        while (!string.IsNullOrEmpty(nextToken));

        return days;
    }

    private SavingsPlanHeld Held(AwsOperation operation, JsonElement detail)
    {
        var arn = detail.String("SavingsPlanArn") ?? throw AwsXml.Malformed(operation, "a utilization detail has no SavingsPlanArn");
        var attributes = detail.Object("Attributes");
        string? Attribute(string name) => attributes is { } a && a.String(name) is { Length: > 0 } v ? v : null;
        var utilization = detail.GetProperty("Utilization");
        var savings = detail.Object("Savings");
        var total = CeValues.Amount(operation, utilization, "TotalCommitment") ?? 0m;
        var startsAt = CeValues.Instant(Attribute("StartDateTime"));
        var endsAt = CeValues.Instant(Attribute("EndDateTime"));
        var hourly = Attribute("HourlyCommitment") is { } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var h)
            ? h
            : HourlyFromTotal(total, startsAt, endsAt);
        return new SavingsPlanHeld(
            accountId,
            arn,
            PlanType(Attribute("SavingsPlansType")),
            TermYears(Attribute("PurchaseTerm") ?? Attribute("Term")),
            PaymentOption(Attribute("PaymentOption")),
            AwsRegionNames.ToCode(Attribute("Region")),
            Attribute("InstanceFamily"),
            decimal.Round(hourly, 6),
            startsAt,
            endsAt,
            total,
            CeValues.Amount(operation, utilization, "UsedCommitment") ?? 0m,
            CeValues.Percent(operation, utilization, "UtilizationPercentage"),
            savings is { } s ? CeValues.Amount(operation, s, "OnDemandCostEquivalent") : null,
            savings is { } n ? CeValues.Amount(operation, n, "NetSavings") : null);
    }

    // Without the HourlyCommitment attribute: the commitment due over the hours the plan was active in the window.
    private decimal HourlyFromTotal(decimal total, DateTime? startsAt, DateTime? endsAt)
    {
        var from = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = end.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (startsAt is { } s && s > from)
        {
            from = s;
        }

        if (endsAt is { } e && e < to)
        {
            to = e;
        }

        var hours = (decimal)(to - from).TotalHours;
        return hours > 0 ? total / hours : 0m;
    }

    private static string PlanType(string? text) => text switch
    {
        null => "Unknown",
        _ when text.Contains("SageMaker", StringComparison.OrdinalIgnoreCase) => "SageMaker",
        _ when text.Contains("EC2", StringComparison.OrdinalIgnoreCase) => "EC2Instance",
        _ when text.Contains("Compute", StringComparison.OrdinalIgnoreCase) => "Compute",
        _ => text,
    };

    // "1yr", "1 year", "3 Years", "ONE_YEAR": the first digit, or the word.
    private static int? TermYears(string? text) => text switch
    {
        null => null,
        _ when text.Contains("THREE", StringComparison.OrdinalIgnoreCase) => 3,
        _ when text.Contains("ONE", StringComparison.OrdinalIgnoreCase) => 1,
        _ => text.FirstOrDefault(char.IsAsciiDigit) is var digit and not '\0' ? digit - '0' : null,
    };

    // "No Upfront", "Partial Upfront", "All Upfront" as the API's enum words.
    private static string? PaymentOption(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var word = text.Trim().Replace(' ', '_').Replace('-', '_').ToUpperInvariant();
        return CostExplorerInsightsOptions.PaymentOptions.Contains(word, StringComparer.Ordinal) ? word : text;
    }

    /// <summary>The body, or null when Cost Explorer has no Savings Plans data for the window.</summary>
    private async Task<byte[]?> SendAsync(AwsOperation operation, Dictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        try
        {
            return await sdk.SendAsync(AwsRequest.Json(operation, AwsJson.Body(fields)), cancellationToken).ConfigureAwait(false);
        }
        catch (CollectorException ex) when (ex.ErrorCode == NoDataCode)
        {
            return null;
        }
    }
}
