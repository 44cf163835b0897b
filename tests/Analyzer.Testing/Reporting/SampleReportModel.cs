using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Testing.Reporting;

/// <summary>
/// Realistic, deterministic report models for writer and CLI tests: three accounts, two regions, all four workload
/// kinds with several options each, money with sub-cent digits (to exercise rounding) and one hostile workload
/// whose name and team tag are <see cref="HostileName"/>.
/// </summary>
public static class SampleReportModel
{
    public const string HostileName = "<script>alert(1)</script>";
    public const string HostileWorkloadId = "i-0hostile000000001";
    public const string TeamTagKey = "team";

    private static readonly string[] Teams = ["payments", "search", "platform", "data", "growth"];
    private static readonly string[] Regions = ["us-east-1", "eu-west-1"];

    public static IReadOnlyList<Account> Accounts { get; } =
    [
        new("111111111111", "prod"),
        new("222222222222", "staging"),
        new("333333333333", "data-platform"),
    ];

    /// <summary>The 2,000-workload model used to check rendering and pagination at scale.</summary>
    public static ReportModel Large() => Create(2000);

    public static ReportModel Create(int workloadCount = 40, bool withPreviousRun = true)
    {
        var random = new Random(20251101);
        var workloads = new List<WorkloadReport> { Hostile() };
        for (var i = 1; i < workloadCount; i++)
        {
            workloads.Add(Workload(i, random));
        }

        var period = new Period(new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc));
        var cover = new ReportCover(
            "Compute cost and rightsizing", period, Accounts, Regions, new DateOnly(2025, 10, 15), "run-20251101-0300",
            new DateTimeOffset(2025, 11, 1, 3, 12, 0, TimeSpan.Zero));
        return ReportModelFactory.Create(
            cover, workloads, Commitment(), SpendHistory(), TeamTagKey, withPreviousRun ? Previous(workloads) : null, DataQuality(), Methodology());
    }

    /// <summary>
    /// <see cref="Create"/> plus, for each string, an ECS service whose name, team tag, configuration and reasoning
    /// are that string, a service of that name in the spend history, and an account of that name: every place a
    /// report shows text that came from AWS or a billing file.
    /// </summary>
    /// <param name="rationale">The recommended option's reasoning for a string; default the string itself.</param>
    public static ReportModel WithHostileStrings(IReadOnlyList<string> strings, Func<string, string>? rationale = null)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var sample = Create(20);
        var workloads = sample.Workloads.ToList();
        var spend = SpendHistory();
        var accounts = Accounts.ToList();
        for (var i = 0; i < strings.Count; i++)
        {
            var text = strings[i];
            workloads.Add(new WorkloadReport(
                $"svc-hostile-{i:000}", text, "111111111111", "us-east-1", WorkloadKind.EcsService, text, 300m + i, 10.5, 20.5,
                new Dictionary<string, string> { [TeamTagKey] = text, [text] = text },
                [
                    Option(OptionFamily.Current, text, 300m + i, Effort.VeryLow, Risk.VeryLow, Confidence.High, false, text),
                    Option(OptionFamily.Fargate, text, 120m, Effort.Medium, Risk.Low, Confidence.Medium, true, rationale?.Invoke(text) ?? text),
                ]));
            spend.Add(new ServiceMonthSpend(new DateOnly(2025, 10, 1), text, 100m + i));
            accounts.Add(new Account(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"9{i:00000000000}"), text));
        }

        var cover = sample.Cover with { Accounts = accounts };
        return ReportModelFactory.Create(cover, workloads, Commitment(), spend, TeamTagKey, null, DataQuality(), Methodology());
    }

    /// <summary><see cref="Create"/> (20 workloads) and these workloads besides, for tests that need a workload of their own shape.</summary>
    public static ReportModel WithWorkloads(IReadOnlyList<WorkloadReport> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var sample = Create(20);
        return ReportModelFactory.Create(
            sample.Cover, [.. sample.Workloads, .. extra], Commitment(), SpendHistory(), TeamTagKey, null, DataQuality(), Methodology());
    }

    /// <summary>A workload of the given kind, id and region with one recommended option that halves its cost.</summary>
    public static WorkloadReport Workload(WorkloadKind kind, string id, string region, IReadOnlyDictionary<string, string>? tags = null) => new(
        id, id, "111111111111", region, kind, "m5.large x1 on-demand", 100m, 10.5, 20.5, tags ?? new Dictionary<string, string>(),
        [
            Option(OptionFamily.Current, "m5.large x1", 100m, Effort.VeryLow, Risk.VeryLow, Confidence.High, false, "Runs as today."),
            Option(OptionFamily.Ec2Rightsized, "m5.medium x1", 50m, Effort.Low, Risk.Low, Confidence.High, true, "Half the size."),
        ]);

    private static WorkloadReport Hostile() => new(
        HostileWorkloadId, HostileName, "111111111111", "us-east-1", WorkloadKind.Ec2Instance, "m5.4xlarge x1 on-demand", 560.64m,
        12.5, 30.1, new Dictionary<string, string> { [TeamTagKey] = HostileName, ["env"] = "prod\"'&" },
        [
            Option(OptionFamily.Current, "m5.4xlarge x1", 560.64m, Effort.VeryLow, Risk.VeryLow, Confidence.High, false, "Runs as today."),
            Option(OptionFamily.Ec2Rightsized, "m5.xlarge x1", 140.16m, Effort.Low, Risk.Low, Confidence.High, true, "CPU p95 12.5% <b>fits</b> a quarter of the size with 20% headroom."),
            Option(OptionFamily.Graviton, "m7g.xlarge x1", 119.136m, Effort.Medium, Risk.Medium, Confidence.Medium, false, "Needs an arm64 build."),
        ]);

    private static WorkloadReport Workload(int i, Random random)
    {
        var kind = (WorkloadKind)(i % 4);
        var account = Accounts[i % Accounts.Count];
        var region = Regions[i % Regions.Length];
        var tags = new Dictionary<string, string> { ["env"] = account.Name };
        if (i % 7 != 0)
        {
            tags[TeamTagKey] = Teams[i % Teams.Length];
        }

        var current = Math.Round((decimal)(20 + random.NextDouble() * 1500), 6);
        var (prefix, config) = kind switch
        {
            WorkloadKind.Ec2Instance => ("ec2", "m5.2xlarge x1 on-demand"),
            WorkloadKind.AutoScalingGroup => ("asg", "c5.xlarge x4 on-demand"),
            WorkloadKind.EcsService => ("ecs", "ECS on EC2, 6 tasks of 1 vCPU / 2 GiB"),
            _ => ("fn", "Lambda 1024 MB x86_64"),
        };
        var cpu = kind == WorkloadKind.LambdaFunction ? (double?)null : Math.Round(random.NextDouble() * 95, 1);
        var memory = i % 3 == 0 ? (double?)null : Math.Round(20 + random.NextDouble() * 70, 1);
        var candidates = kind switch
        {
            WorkloadKind.Ec2Instance => new[] { OptionFamily.Ec2Rightsized, OptionFamily.Graviton, OptionFamily.Ec2Spot, OptionFamily.SavingsPlan },
            WorkloadKind.AutoScalingGroup => [OptionFamily.Ec2Rightsized, OptionFamily.Graviton, OptionFamily.Ec2Spot],
            WorkloadKind.EcsService => [OptionFamily.Fargate, OptionFamily.FargateSpot, OptionFamily.Graviton],
            _ => [OptionFamily.LambdaRightsized, OptionFamily.Graviton],
        };
        var options = new List<ReportOption> { Option(OptionFamily.Current, config, current, Effort.VeryLow, Risk.VeryLow, Confidence.High, false, "Runs as today.") };
        var recommendIndex = i % 5 == 4 ? -1 : random.Next(candidates.Length);
        for (var c = 0; c < candidates.Length; c++)
        {
            var factor = (decimal)(0.35 + random.NextDouble() * 0.6);
            // Low to high, as the three-step scale this sample was first written with drew them.
            var effort = (Effort)(1 + random.Next(3));
            var risk = (Risk)(1 + random.Next(3));
            var confidence = memory is null ? Confidence.Medium : (Confidence)(1 + random.Next(2));
            options.Add(Option(
                candidates[c], $"{candidates[c].ToLabel()} sized for p95 {cpu?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a"}%",
                Math.Round(current * factor, 6), effort, risk, confidence, c == recommendIndex,
                $"{candidates[c].ToLabel()} saves {100 - (int)(factor * 100)}% at {risk.ToName()} risk."));
        }

        return new WorkloadReport(
            $"{prefix}-{i:0000}-{account.AccountId[..4]}", $"{prefix}-{Teams[i % Teams.Length]}-{i:0000}", account.AccountId, region, kind,
            config, current, cpu, memory, tags, options);
    }

    private static ReportOption Option(
        OptionFamily family, string configuration, decimal cost, Effort effort, Risk risk, Confidence confidence, bool recommended, string why) =>
        new(family, configuration, cost, effort, risk, confidence, recommended, Feasible: true, why);

    private static CommitmentRecommendation Commitment()
    {
        var curve = Enumerable.Range(0, 21)
            .Select(k => 0.5m * k)
            .Select(h => new CommitmentPoint(h, Math.Round(730m * (0.28m * h - 0.014m * h * h), 2)))
            .ToList();
        var best = curve.MaxBy(p => p.MonthlyNetSavings)!;
        return new CommitmentRecommendation("Compute Savings Plan", 1, "no", best.HourlyCommitment, best.MonthlyNetSavings, 62.5m, curve);
    }

    private static List<ServiceMonthSpend> SpendHistory()
    {
        var services = new (string Name, decimal Base)[]
        {
            ("Amazon Elastic Compute Cloud", 41000m), ("Amazon Elastic Container Service", 9800m), ("AWS Lambda", 3100m),
            ("Amazon Relational Database Service", 12500m), ("Amazon Simple Storage Service", 4200m), ("Amazon CloudWatch", 1300m),
            ("Amazon DynamoDB", 900m), ("AWS Data Transfer", 2100m),
        };
        var spend = new List<ServiceMonthSpend>();
        for (var m = 0; m < 12; m++)
        {
            var month = new DateOnly(2024, 11, 1).AddMonths(m);
            spend.AddRange(services.Select(s => new ServiceMonthSpend(month, s.Name, s.Base * (1m + 0.02m * m) + 13.37m * m)));
        }

        return spend;
    }

    private static MonthOverMonth Previous(List<WorkloadReport> workloads) => new(
        "run-20251001-0300",
        new Period(new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc)),
        71234.56m,
        9876.54m,
        1234.5m,
        workloads.Take(3).Select(w => new RecommendationChange(w.WorkloadId, w.Name, w.AccountId, OptionFamily.Ec2Rightsized, 100m)).ToList(),
        [new RecommendationChange("i-0retired00000001", "batch-retired-01", "222222222222", OptionFamily.Ec2Spot, 1234.5m)]);

    private static DataQualityReport DataQuality() => new(
        [
            new SourceStatus("cloudwatch", "111111111111", "us-east-1", "ok", 1_204_332, null),
            new SourceStatus("cost-explorer", "111111111111", "us-east-1", "ok", 18_220, null),
            new SourceStatus("cloudwatch", "333333333333", "eu-west-1", "failed", 0, "AccessDenied: not authorized to perform cloudwatch:GetMetricData"),
        ],
        [
            new DataQualityIssue(Risk.Medium, "missing_memory_metrics", "EC2 without the CloudWatch agent", "No memory metrics were reported.", 214, "Confidence capped at medium; memory assumed at the configured size."),
            new DataQualityIssue(Risk.High, "account_failed", "data-platform (333333333333) eu-west-1", "CloudWatch collection failed.", 37, "Workloads not analyzed."),
            new DataQualityIssue(Risk.Low, "insufficient_data", "Lambda functions with fewer than 50 invocations", "Too few invocations in the lookback.", 12, "No recommendation."),
        ]);

    private static Methodology Methodology() => new(
        14, "p95", 20m, "AWS Price List (shipped catalog)", new DateOnly(2025, 10, 15), 730,
        [
            new MethodologyRule(OptionFamily.Ec2Rightsized, "Smallest size in the family whose vCPU and memory cover p95 plus 20% headroom."),
            new MethodologyRule(OptionFamily.Graviton, "The arm64 equivalent of the rightsized size, where the workload's runtime supports arm64."),
            new MethodologyRule(OptionFamily.Ec2Spot, "Only for stateless, interruption-tolerant workloads with Spot interruption frequency under 10%."),
            new MethodologyRule(OptionFamily.Fargate, "Task size covering p95 CPU and memory, priced per vCPU-hour and GB-hour."),
            new MethodologyRule(OptionFamily.SavingsPlan, "Hourly commitment that maximizes net savings on the steady baseline after the other recommendations."),
        ],
        ["A month is 730 hours.", "Prices are Linux, shared tenancy, USD.", "Usage in the lookback is representative of the next month."]);
}
