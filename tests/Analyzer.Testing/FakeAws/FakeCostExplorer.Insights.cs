using System.Globalization;
using System.Text.Json;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// The fake's Savings Plans (GetSavingsPlansUtilization, -UtilizationDetails, -Coverage), purchase recommendation,
/// rightsizing and resource-level (GetCostAndUsageWithResources) operations, shaped as the 2017-10-25 model: amounts
/// as strings, NextToken for the Savings Plans details and coverage, NextPageToken elsewhere. An account without
/// plans gets DataUnavailableException from the utilization operations, as AWS answers.
/// </summary>
public sealed partial class FakeCostExplorer
{
    private static readonly string[] ReasonCodes = ["CPU_OVER_PROVISIONED"];

    public List<FakeSavingsPlan> SavingsPlans { get; } = [];

    public List<FakePurchaseDetail> PurchaseDetails { get; } = [];

    public List<FakeRightsizing> RightsizingRecommendations { get; } = [];

    public List<FakeResourceCostRow> ResourceRows { get; } = [];

    /// <summary>Items per page for the paginated insight operations.</summary>
    public int InsightsPerPage { get; set; } = 100;

    /// <summary>Eligible spend per account and day left at On-Demand, for coverage.</summary>
    public decimal UncoveredPerDay { get; set; }

    /// <summary>False: GetCostAndUsageWithResources answers that resource-level data is not enabled.</summary>
    public bool ResourceLevelEnabled { get; set; } = true;

    /// <summary>Every purchase recommendation request body, in order.</summary>
    public List<string> PurchaseRequests { get; } = [];

    /// <summary>Every GetCostAndUsageWithResources TimePeriod asked for, as "start/end".</summary>
    public List<string> ResourceRequested { get; } = [];

    private static FakeAwsResponse Ok(object body) => new(200, "application/x-amz-json-1.1", JsonSerializer.SerializeToUtf8Bytes(body));

    private static FakeAwsResponse NoData(string message) => FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "DataUnavailableException", message);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (DateOnly Start, DateOnly End) Period(JsonElement json)
    {
        var period = json.GetProperty("TimePeriod");
        return (DateOnly.Parse(period.GetProperty("Start").GetString()!, CultureInfo.InvariantCulture),
            DateOnly.Parse(period.GetProperty("End").GetString()!, CultureInfo.InvariantCulture));
    }

    // The LINKED_ACCOUNT values of a Dimensions filter, alone or inside And; null when the request has none.
    private static HashSet<string>? Accounts(JsonElement json)
    {
        if (!json.TryGetProperty("Filter", out var filter))
        {
            return null;
        }

        var parts = filter.TryGetProperty("And", out var and) ? and.EnumerateArray().ToList() : [filter];
        var linked = parts.Where(p => p.TryGetProperty("Dimensions", out var d) && d.GetProperty("Key").GetString() == "LINKED_ACCOUNT").ToList();
        return linked.Count == 0 ? null : linked.SelectMany(p => p.GetProperty("Dimensions").GetProperty("Values").EnumerateArray().Select(v => v.GetString()!)).ToHashSet();
    }

    private static int Offset(JsonElement json, string tokenName) =>
        json.TryGetProperty(tokenName, out var token) ? int.Parse(token.GetString()!, CultureInfo.InvariantCulture) : 0;

    // The page's days with their rows; the last page also lists the days without any row, as AWS lists every day.
    private static List<IGrouping<DateOnly, FakeResourceCostRow>> PageDays(DateOnly start, DateOnly end, List<FakeResourceCostRow> page, bool last)
    {
        var days = page.GroupBy(r => r.Date).ToList();
        if (last)
        {
            var empty = new List<DateOnly>();
            for (var day = start; day < end; day = day.AddDays(1))
            {
                empty.Add(day);
            }

            days.AddRange(empty.Except(days.Select(d => d.Key)).Select(d => (IGrouping<DateOnly, FakeResourceCostRow>)new EmptyDay(d)));
        }

        return days;
    }

    private void ServeInsights(FakeAwsServer server)
    {
        server.Handle("ce", "GetSavingsPlansUtilization", GetSavingsPlansUtilization);
        server.Handle("ce", "GetSavingsPlansUtilizationDetails", GetSavingsPlansUtilizationDetails);
        server.Handle("ce", "GetSavingsPlansCoverage", GetSavingsPlansCoverage);
        server.Handle("ce", "GetSavingsPlansPurchaseRecommendation", GetSavingsPlansPurchaseRecommendation);
        server.Handle("ce", "GetRightsizingRecommendation", GetRightsizingRecommendation);
        server.Handle("ce", "GetCostAndUsageWithResources", GetCostAndUsageWithResources);
    }

    private List<FakeSavingsPlan> PlansOn(HashSet<string>? accounts, DateOnly day) =>
        SavingsPlans.Where(p => (accounts is null || accounts.Contains(p.AccountId))
            && p.Start < day.AddDays(1).ToDateTime(TimeOnly.MinValue) && p.End > day.ToDateTime(TimeOnly.MinValue)).ToList();

    private static Dictionary<string, object> Utilization(decimal total, decimal used) => new()
    {
        ["TotalCommitment"] = Text(total),
        ["UsedCommitment"] = Text(used),
        ["UnusedCommitment"] = Text(total - used),
        ["UtilizationPercentage"] = total == 0 ? "0" : Text(decimal.Round(used / total * 100, 2)),
    };

    // The usage a plan covered would have cost 1.4 times the commitment used at On-Demand rates.
    private static Dictionary<string, object> Savings(decimal used) => new()
    {
        ["NetSavings"] = Text((used * 1.4m) - used),
        ["OnDemandCostEquivalent"] = Text(used * 1.4m),
    };

    private FakeAwsResponse GetSavingsPlansUtilization(FakeAwsRequest request)
    {
        var json = request.Json;
        var (start, end) = Period(json);
        var accounts = Accounts(json);
        var days = new List<object>();
        for (var day = start; day < end; day = day.AddDays(1))
        {
            var plans = PlansOn(accounts, day);
            var total = plans.Sum(p => p.HourlyCommitment * 24);
            var used = plans.Sum(p => p.HourlyCommitment * 24 * p.Utilization);
            days.Add(new Dictionary<string, object>
            {
                ["TimePeriod"] = new Dictionary<string, string> { ["Start"] = Day(day), ["End"] = Day(day.AddDays(1)) },
                ["Utilization"] = Utilization(total, used),
                ["Savings"] = Savings(used),
            });
        }

        if (!SavingsPlans.Any(p => accounts is null || accounts.Contains(p.AccountId)))
        {
            return NoData("No Savings Plans found for the account.");
        }

        return Ok(new Dictionary<string, object> { ["SavingsPlansUtilizationsByTime"] = days, ["Total"] = new Dictionary<string, object> { ["Utilization"] = Utilization(0, 0) } });
    }

    private FakeAwsResponse GetSavingsPlansUtilizationDetails(FakeAwsRequest request)
    {
        var json = request.Json;
        var (start, end) = Period(json);
        var accounts = Accounts(json);
        var plans = SavingsPlans.Where(p => accounts is null || accounts.Contains(p.AccountId))
            .Where(p => p.Start < end.ToDateTime(TimeOnly.MinValue) && p.End > start.ToDateTime(TimeOnly.MinValue)).ToList();
        if (plans.Count == 0)
        {
            return NoData("No Savings Plans found for the account.");
        }

        var offset = Offset(json, "NextToken");
        var page = plans.Skip(offset).Take(InsightsPerPage).ToList();
        var body = new Dictionary<string, object>
        {
            ["SavingsPlansUtilizationDetails"] = page.Select(p =>
            {
                var from = p.Start > start.ToDateTime(TimeOnly.MinValue) ? p.Start : start.ToDateTime(TimeOnly.MinValue);
                var to = p.End < end.ToDateTime(TimeOnly.MinValue) ? p.End : end.ToDateTime(TimeOnly.MinValue);
                var total = p.HourlyCommitment * (decimal)(to - from).TotalHours;
                var used = total * p.Utilization;
                return new Dictionary<string, object>
                {
                    ["SavingsPlanArn"] = p.Arn,
                    ["Attributes"] = new Dictionary<string, string>
                    {
                        ["AccountId"] = p.AccountId,
                        ["AccountName"] = "<b>acct</b>",
                        ["SavingsPlansType"] = p.Type,
                        ["PurchaseTerm"] = p.Term,
                        ["PaymentOption"] = p.PaymentOption,
                        ["Region"] = p.Region,
                        ["InstanceFamily"] = p.InstanceFamily,
                        ["HourlyCommitment"] = Text(p.HourlyCommitment),
                        ["RecurringHourlyFee"] = Text(p.HourlyCommitment),
                        ["UpfrontFee"] = "0",
                        ["StartDateTime"] = p.Start.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                        ["EndDateTime"] = p.End.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                    },
                    ["Utilization"] = Utilization(total, used),
                    ["Savings"] = Savings(used),
                    ["AmortizedCommitment"] = new Dictionary<string, string> { ["TotalAmortizedCommitment"] = Text(total) },
                };
            }).ToList(),
            ["Total"] = new Dictionary<string, object> { ["Utilization"] = Utilization(0, 0) },
            ["TimePeriod"] = new Dictionary<string, string> { ["Start"] = Day(start), ["End"] = Day(end) },
        };
        if (offset + page.Count < plans.Count)
        {
            body["NextToken"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
        }

        return Ok(body);
    }

    private FakeAwsResponse GetSavingsPlansCoverage(FakeAwsRequest request)
    {
        var json = request.Json;
        var (start, end) = Period(json);
        var accounts = Accounts(json);
        var days = new List<Dictionary<string, object>>();
        for (var day = start; day < end; day = day.AddDays(1))
        {
            var covered = PlansOn(accounts, day).Sum(p => p.HourlyCommitment * 24 * p.Utilization * 1.4m);
            var total = covered + UncoveredPerDay;
            days.Add(new Dictionary<string, object>
            {
                ["Attributes"] = new Dictionary<string, string>(),
                ["Coverage"] = new Dictionary<string, string>
                {
                    ["SpendCoveredBySavingsPlans"] = Text(covered),
                    ["OnDemandCost"] = Text(UncoveredPerDay),
                    ["TotalCost"] = Text(total),
                    ["CoveragePercentage"] = total == 0 ? "0" : Text(decimal.Round(covered / total * 100, 2)),
                },
                ["TimePeriod"] = new Dictionary<string, string> { ["Start"] = Day(day), ["End"] = Day(day.AddDays(1)) },
            });
        }

        var offset = Offset(json, "NextToken");
        var page = days.Skip(offset).Take(InsightsPerPage).ToList();
        var body = new Dictionary<string, object> { ["SavingsPlansCoverages"] = page };
        if (offset + page.Count < days.Count)
        {
            body["NextToken"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
        }

        return Ok(body);
    }

    private FakeAwsResponse GetSavingsPlansPurchaseRecommendation(FakeAwsRequest request)
    {
        var json = request.Json;
        lock (PurchaseRequests)
        {
            PurchaseRequests.Add(json.GetRawText());
        }

        string Field(string name) => json.GetProperty(name).GetString()!;
        var (type, term, payment, lookback) = (Field("SavingsPlansType"), Field("TermInYears"), Field("PaymentOption"), Field("LookbackPeriodInDays"));
        var accounts = Accounts(json);
        var details = PurchaseDetails.Where(d => d.SavingsPlansType == type && d.TermInYears == term && d.PaymentOption == payment
            && (accounts is null || accounts.Contains(d.AccountId))).ToList();
        var offset = Offset(json, "NextPageToken");
        var page = details.Skip(offset).Take(InsightsPerPage).ToList();
        var scope = json.TryGetProperty("AccountScope", out var s) ? s.GetString()! : "PAYER";
        var body = new Dictionary<string, object>
        {
            ["Metadata"] = new Dictionary<string, string> { ["RecommendationId"] = $"rec-{type}-{term}", ["GenerationTimestamp"] = "2026-11-14T03:00:00Z" },
            ["SavingsPlansPurchaseRecommendation"] = new Dictionary<string, object>
            {
                ["AccountScope"] = scope,
                ["SavingsPlansType"] = type,
                ["TermInYears"] = term,
                ["PaymentOption"] = payment,
                ["LookbackPeriodInDays"] = lookback,
                ["SavingsPlansPurchaseRecommendationDetails"] = page.Select(d => new Dictionary<string, object>
                {
                    ["SavingsPlansDetails"] = new Dictionary<string, string> { ["OfferingId"] = $"offer-{type}-{term}" },
                    ["AccountId"] = d.AccountId,
                    ["UpfrontCost"] = "0",
                    ["CurrencyCode"] = "USD",
                    ["HourlyCommitmentToPurchase"] = Text(d.HourlyCommitment),
                    ["EstimatedMonthlySavingsAmount"] = Text(d.MonthlySavings),
                    ["EstimatedSavingsPercentage"] = "21.5",
                    ["EstimatedAverageUtilization"] = Text(d.AverageUtilization),
                    ["CurrentAverageHourlyOnDemandSpend"] = Text(d.AverageHourlyOnDemand),
                    ["CurrentMinimumHourlyOnDemandSpend"] = Text(d.AverageHourlyOnDemand / 2),
                    ["CurrentMaximumHourlyOnDemandSpend"] = Text(d.AverageHourlyOnDemand * 2),
                    ["EstimatedOnDemandCostWithCurrentCommitment"] = Text(d.AverageHourlyOnDemand * 720),
                }).ToList(),
                ["SavingsPlansPurchaseRecommendationSummary"] = new Dictionary<string, string>
                {
                    ["HourlyCommitmentToPurchase"] = Text(details.Sum(d => d.HourlyCommitment)),
                    ["EstimatedMonthlySavingsAmount"] = Text(details.Sum(d => d.MonthlySavings)),
                    ["EstimatedSavingsPercentage"] = "21.5",
                    ["TotalRecommendationCount"] = details.Count.ToString(CultureInfo.InvariantCulture),
                    ["CurrentOnDemandSpend"] = Text(details.Sum(d => d.AverageHourlyOnDemand * 720)),
                    ["CurrencyCode"] = "USD",
                },
            },
        };
        if (offset + page.Count < details.Count)
        {
            body["NextPageToken"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
        }

        return Ok(body);
    }

    private FakeAwsResponse GetRightsizingRecommendation(FakeAwsRequest request)
    {
        var json = request.Json;
        var configuration = json.TryGetProperty("Configuration", out var c) ? c : default;
        if (json.GetProperty("Service").GetString() != "AmazonEC2" || configuration.ValueKind != JsonValueKind.Object
            || !configuration.TryGetProperty("RecommendationTarget", out _) || !configuration.TryGetProperty("BenefitsConsidered", out _))
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "ValidationException", "Service AmazonEC2 with RecommendationTarget and BenefitsConsidered is required.");
        }

        var accounts = Accounts(json);
        var all = RightsizingRecommendations.Where(r => accounts is null || accounts.Contains(r.AccountId)).ToList();
        var offset = Offset(json, "NextPageToken");
        var page = all.Skip(offset).Take(InsightsPerPage).ToList();
        static Dictionary<string, object> Details(string type, string region) =>
            new() { ["EC2ResourceDetails"] = new Dictionary<string, string> { ["InstanceType"] = type, ["Region"] = region, ["Platform"] = "Linux/UNIX" } };
        var body = new Dictionary<string, object>
        {
            ["Metadata"] = new Dictionary<string, string> { ["RecommendationId"] = "rs-1", ["GenerationTimestamp"] = "2026-11-14T03:00:00Z", ["LookbackPeriodInDays"] = "FOURTEEN_DAYS" },
            ["RightsizingRecommendations"] = page.Select(r =>
            {
                var item = new Dictionary<string, object>
                {
                    ["AccountId"] = r.AccountId,
                    ["CurrentInstance"] = new Dictionary<string, object>
                    {
                        ["ResourceId"] = r.InstanceId,
                        ["InstanceName"] = string.Empty,
                        ["ResourceDetails"] = Details(r.CurrentType, r.Region),
                        ["ResourceUtilization"] = new Dictionary<string, object> { ["EC2ResourceUtilization"] = new Dictionary<string, string> { ["MaxCpuUtilizationPercentage"] = Text(r.MaxCpu) } },
                        ["MonthlyCost"] = Text(r.MonthlyCost),
                        ["CurrencyCode"] = "USD",
                    },
                    ["RightsizingType"] = r.TargetType is null ? "TERMINATE" : "MODIFY",
                    ["FindingReasonCodes"] = ReasonCodes,
                };
                if (r.TargetType is { } target)
                {
                    item["ModifyRecommendationDetail"] = new Dictionary<string, object>
                    {
                        ["TargetInstances"] = new object[]
                        {
                            new Dictionary<string, object> { ["EstimatedMonthlyCost"] = Text(r.TargetCost * 2), ["EstimatedMonthlySavings"] = "0.5", ["DefaultTargetInstance"] = false, ["ResourceDetails"] = Details("other.large", r.Region) },
                            new Dictionary<string, object> { ["EstimatedMonthlyCost"] = Text(r.TargetCost), ["EstimatedMonthlySavings"] = Text(r.Savings), ["DefaultTargetInstance"] = true, ["ResourceDetails"] = Details(target, r.Region) },
                        },
                    };
                }
                else
                {
                    item["TerminateRecommendationDetail"] = new Dictionary<string, string> { ["EstimatedMonthlySavings"] = Text(r.Savings), ["CurrencyCode"] = "USD" };
                }

                return item;
            }).ToList(),
            ["Configuration"] = configuration,
        };
        if (offset + page.Count < all.Count)
        {
            body["NextPageToken"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
        }

        return Ok(body);
    }

    private FakeAwsResponse GetCostAndUsageWithResources(FakeAwsRequest request)
    {
        var json = request.Json;
        var (start, end) = Period(json);
        lock (ResourceRequested)
        {
            ResourceRequested.Add($"{Day(start)}/{Day(end)}");
        }

        if (!ResourceLevelEnabled)
        {
            return NoData("Resource-level data is not enabled for this account. Enable it in Cost Management preferences.");
        }

        if (end.DayNumber - start.DayNumber > 14 || !json.TryGetProperty("Filter", out _))
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "ValidationException", "Start date is more than 14 days ago; a Filter is required.");
        }

        var accounts = Accounts(json);
        var rows = ResourceRows.Where(r => r.Date >= start && r.Date < end && (accounts is null || accounts.Contains(r.AccountId)))
            .OrderBy(r => r.Date).ThenBy(r => r.ResourceId, StringComparer.Ordinal).ToList();
        var offset = Offset(json, "NextPageToken");
        var page = rows.Skip(offset).Take(GroupsPerPage).ToList();
        var body = new Dictionary<string, object>
        {
            ["GroupDefinitions"] = new[] { new Dictionary<string, string> { ["Type"] = "DIMENSION", ["Key"] = "RESOURCE_ID" } },
            ["ResultsByTime"] = PageDays(start, end, page, last: offset + page.Count >= rows.Count).Select(day => new Dictionary<string, object>
            {
                ["TimePeriod"] = new Dictionary<string, string> { ["Start"] = Day(day.Key), ["End"] = Day(day.Key.AddDays(1)) },
                ["Total"] = new Dictionary<string, object>(),
                ["Groups"] = day.Select(r => new Dictionary<string, object>
                {
                    ["Keys"] = new[] { r.ResourceId },
                    ["Metrics"] = new Dictionary<string, object>
                    {
                        ["AmortizedCost"] = new Dictionary<string, string> { ["Amount"] = Text(r.Amortized), ["Unit"] = "USD" },
                        ["UnblendedCost"] = new Dictionary<string, string> { ["Amount"] = Text(r.Unblended), ["Unit"] = "USD" },
                        ["UsageQuantity"] = new Dictionary<string, string> { ["Amount"] = Text(r.Quantity), ["Unit"] = "Hrs" },
                    },
                }).ToList(),
                ["Estimated"] = day.Key >= EstimatedFrom,
            }).ToList(),
        };
        if (offset + page.Count < rows.Count)
        {
            body["NextPageToken"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
        }

        return Ok(body);
    }

    private sealed class EmptyDay(DateOnly day) : IGrouping<DateOnly, FakeResourceCostRow>
    {
        public DateOnly Key => day;

        public IEnumerator<FakeResourceCostRow> GetEnumerator() => Enumerable.Empty<FakeResourceCostRow>().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
