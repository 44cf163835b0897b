using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Settings;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Reporting;

/// <summary>
/// Reads one analysis run from the store and builds the <see cref="ReportModel"/> the report writers render: every
/// workload with every priced option, the fleet commitment, spend history, month-over-month against the run before,
/// data quality and methodology. The SQL is in queries/analysis/report/.
/// Use as <c>new ReportModelBuilder(store, time).Build()</c>.
/// </summary>
public sealed class ReportModelBuilder(Func<DuckDbConnection> connect, TimeProvider time)
{
    /// <summary>Over the store: each unit of work opens its own connection and closes it.</summary>
    public ReportModelBuilder(AnalyzerStore store, TimeProvider time)
        : this((store ?? throw new ArgumentNullException(nameof(store))).Connect, time)
    {
    }

    public const string DefaultTitle = "Compute cost and rightsizing";
    public const string DefaultTeamTagKey = "team";

    /// <summary>Builds the report of a run (the latest succeeded one when <paramref name="runId"/> is null); null when there is none.</summary>
    /// <param name="teamTagKey">The tag the per-team breakdown groups by.</param>
    public ReportModel? Build(string? runId = null, string teamTagKey = DefaultTeamTagKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamTagKey);
        using var connection = connect();
        if (ReadRun(connection, runId) is not { } run)
        {
            return null;
        }

        var workloads = ReadWorkloads(connection, run.RunId);
        var accounts = new List<Account>();
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        var args = new Dictionary<string, object?> { ["run_id"] = run.RunId };
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.Accounts), args))
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (accounts.Count == 0 || accounts[^1].AccountId != id)
                {
                    accounts.Add(new Account(id, reader.IsDBNull(1) ? id : reader.GetString(1)));
                }

                regions.Add(reader.GetString(2));
            }
        }

        var priceAsOf = run.PriceAsOf ?? DateOnly.FromDateTime(run.Window.End);
        var cover = new ReportCover(DefaultTitle, run.Window, accounts, [.. regions], priceAsOf, run.RunId, time.GetUtcNow());
        var model = ReportModelFactory.Create(
            cover,
            workloads,
            ReadCommitment(connection, run.RunId),
            ReadSpend(connection, run.Window),
            teamTagKey,
            ReadMonthOverMonth(connection, run.RunId),
            ReportDataQuality.Read(connection, run),
            ReportMethodology.Describe(connection, run));
        var commitments = CommitmentContextReader.Read(connection, run.RunId, run.Window.End);
        return model with
        {
            CommitmentContext = commitments with { Billed = CommitmentContextReader.Billed(connection, run.RunId, run.Window, model.Summary) },
            CapacityReservations = CapacityReservationReader.Read(connection, run.RunId),
            DedicatedHosts = DedicatedHostReader.Read(connection, run.RunId),
            NodePools = NodePoolAdvice.From(model.Workloads, NodePoolFleetReader.Read(connection, run.RunId)),
            Lightsail = LightsailReader.Read(connection, run.RunId, run.Settings, model.Workloads),
            SavedScenarios = WhatIf.SavedScenarios.ReadAll(connection),
        };
    }

    private static ReportRun? ReadRun(DuckDbConnection connection, string? runId)
    {
        using var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.Run), new Dictionary<string, object?> { ["run_id"] = runId });
        if (!reader.Read())
        {
            return null;
        }

        return new ReportRun(
            reader.GetString(0),
            reader.GetDateTime(1),
            AnalysisSettingsReader.Parse(reader.GetString(2)),
            reader.IsDBNull(3) ? null : reader.GetDate(3),
            new Period(reader.GetDateTime(4), reader.GetDateTime(5)));
    }

    private static List<WorkloadReport> ReadWorkloads(DuckDbConnection connection, string runId)
    {
        var args = new Dictionary<string, object?> { ["run_id"] = runId };
        var rows = new List<(WorkloadReport Report, string Chosen, string Why)>();
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.Workloads), args))
        {
            // Columns by name (queries/analysis/report/workloads.sql), resolved once.
            int Col(string name) => reader.GetOrdinal(name);
            var (id, name, account, region, kindCol) = (Col("workload_id"), Col("name"), Col("account_id"), Col("region"), Col("kind"));
            var (instanceType, vcpu, memory, architecture, purchase) = (Col("instance_type"), Col("vcpu"), Col("memory_gib"), Col("architecture"), Col("purchase_option"));
            var (launchType, lambdaMemory, tagsCol) = (Col("launch_type"), Col("lambda_memory_mb"), Col("tags"));
            var (cpu, memoryP95, cost, optionCol, familyCol, reasonCol) = (Col("cpu_p95_pct"), Col("memory_p95_pct"), Col("current_monthly_cost"), Col("option"), Col("family"), Col("reason"));
            while (reader.Read())
            {
                var kind = WorkloadKindNames.Parse(reader.GetString(kindCol));
                var units = OptionConfiguration.Units(NullableInt(reader, "current_min_units"), NullableInt(reader, "current_max_units"), NullableDouble(reader, reader.GetOrdinal("current_avg_units")));
                var current = OptionConfiguration.Current(
                    kind, NullableString(reader, instanceType), NullableDouble(reader, vcpu), NullableDouble(reader, memory), NullableString(reader, architecture),
                    NullableString(reader, purchase), NullableString(reader, launchType), units, reader.IsDBNull(lambdaMemory) ? null : reader.GetInt32(lambdaMemory));
                var tags = reader.IsDBNull(tagsCol)
                    ? new Dictionary<string, string>(StringComparer.Ordinal)
                    : reader.GetMap(tagsCol).ToDictionary(t => t.Key, t => t.Value?.ToString() ?? string.Empty, StringComparer.Ordinal);
                current = Landscape(current, kind, reader.GetString(reader.GetOrdinal("platform")), reader.GetString(reader.GetOrdinal("tenancy")), tags);
                var report = new WorkloadReport(
                    reader.GetString(id), reader.IsDBNull(name) ? reader.GetString(id) : reader.GetString(name), reader.GetString(account), reader.GetString(region), kind,
                    current, reader.IsDBNull(cost) ? 0m : reader.GetDecimal(cost), Round1(NullableDouble(reader, cpu)), Round1(NullableDouble(reader, memoryP95)),
                    tags, []);
                var chosen = reader.GetString(familyCol) == OptionFamily.Current.ToName() ? string.Empty : reader.GetString(optionCol);
                rows.Add((report, chosen, reader.GetString(reasonCol)));
            }
        }

        var options = ReadOptions(connection, runId, rows.ToDictionary(r => r.Report.WorkloadId, r => r, StringComparer.Ordinal));
        var computeOptimizer = ReadComputeOptimizer(connection, runId);
        return [.. rows.Select(r => r.Report with
        {
            Options = options.TryGetValue(r.Report.WorkloadId, out var o) ? o : [],
            ComputeOptimizer = computeOptimizer.GetValueOrDefault((AwsRecommender.ComputeOptimizer, r.Report.WorkloadId)),
            CostExplorer = computeOptimizer.GetValueOrDefault((AwsRecommender.CostExplorer, r.Report.WorkloadId)),
        })];
    }

    // Today's configuration names what is not plain Linux on shared tenancy, and the service managing the capacity:
    // "m5.xlarge x3 on-demand (Windows), EKS managed node group ng-1 (cluster prod)".
    private static string Landscape(string current, WorkloadKind kind, string platform, string tenancy, IReadOnlyDictionary<string, string> tags)
    {
        if (kind is not (WorkloadKind.Ec2Instance or WorkloadKind.AutoScalingGroup))
        {
            return current;
        }

        var platformed = platform == Ec2Platforms.Linux && tenancy == Ec2Platforms.SharedTenancy ? current : $"{current} ({Ec2Platforms.Describe(platform, tenancy)})";
        return ManagedCapacity.Recognise(tags) is { } managed ? $"{platformed}, {managed.Describe()}" : platformed;
    }

    private static Dictionary<(AwsRecommender, string), ComputeOptimizerComparison> ReadComputeOptimizer(DuckDbConnection connection, string runId)
    {
        var comparisons = new Dictionary<(AwsRecommender, string), ComputeOptimizerComparison>();
        using var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.ComputeOptimizer), new Dictionary<string, object?> { ["run_id"] = runId });
        while (reader.Read())
        {
            var id = reader.GetString(0);
            var recommender = AwsRecommenderNames.Parse(reader.GetString(7));
            comparisons[(recommender, id)] = new ComputeOptimizerComparison(
                id, NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3), reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                ComputeOptimizerAgreementNames.Parse(reader.GetString(5)), NullableString(reader, 6))
            {
                Recommender = recommender,
            };
        }

        return comparisons;
    }

    private static Dictionary<string, List<ReportOption>> ReadOptions(
        DuckDbConnection connection, string runId, Dictionary<string, (WorkloadReport Report, string Chosen, string Why)> workloads)
    {
        var options = new Dictionary<string, List<ReportOption>>(StringComparer.Ordinal);
        using var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.Options), new Dictionary<string, object?> { ["run_id"] = runId });
        // Columns by name (queries/analysis/report/options.sql), resolved once.
        int Col(string name) => reader.GetOrdinal(name);
        var (id, optionCol, familyCol, cost, feasible, reasonCol) = (Col("workload_id"), Col("option"), Col("family"), Col("monthly_cost"), Col("feasible"), Col("reason"));
        var (risk, effort, confidence, instanceType, architecture) = (Col("risk"), Col("effort"), Col("confidence"), Col("target_instance_type"), Col("target_architecture"));
        var (vcpu, memory, lambdaMemory, capacity) = (Col("target_vcpu"), Col("target_memory_gib"), Col("target_lambda_memory_mb"), Col("target_capacity"));
        while (reader.Read())
        {
            var workloadId = reader.GetString(id);
            if (!workloads.TryGetValue(workloadId, out var workload) || !OptionFamilyNames.TryParse(reader.GetString(familyCol), out var family))
            {
                continue;
            }

            var option = reader.GetString(optionCol);
            var recommended = option == workload.Chosen;
            var configuration = OptionConfiguration.Option(
                family, workload.Report.CurrentConfiguration, NullableString(reader, instanceType), NullableString(reader, architecture), NullableDouble(reader, vcpu),
                NullableDouble(reader, memory), reader.IsDBNull(lambdaMemory) ? null : reader.GetInt32(lambdaMemory), NullableString(reader, capacity),
                OptionConfiguration.Units(NullableInt(reader, "target_min_units"), NullableInt(reader, "target_max_units"), NullableDouble(reader, reader.GetOrdinal("target_avg_units"))),
                NullableDouble(reader, reader.GetOrdinal("target_monthly_hours")));
            // The chosen option's rationale is why it was chosen, then its caveat (for a fleet, what changes: "6 → 9 tasks
            // of 1 vCPU/2 GB"); the others carry the engine's caveat or refusal.
            var caveat = NullableString(reader, reasonCol);
            var reason = recommended
                ? (caveat is null ? workload.Why : $"{workload.Why}; {caveat}")
                : caveat ?? (family == OptionFamily.Current ? workload.Why : "Priced as an alternative; another option is recommended.");
            if (!options.TryGetValue(workloadId, out var list))
            {
                options[workloadId] = list = [];
            }

            list.Add(new ReportOption(
                family, configuration, reader.GetDecimal(cost), Levels.ParseEffort(reader.GetString(effort)), Levels.ParseRisk(reader.GetString(risk)),
                Levels.ParseConfidence(reader.GetString(confidence)), recommended, reader.GetBoolean(feasible), reason)
            {
                Label = OptionKeyLabels.Describe(option),
            });
        }

        return options;
    }

    // The commitment decision: the layered portfolio when it saves more than the best single plan (it has no one curve:
    // its layers are in the commitments section), else the best single plan with its curve.
    private static CommitmentRecommendation? ReadCommitment(DuckDbConnection connection, string runId)
    {
        if (CommitmentContextReader.ReadPortfolio(connection, runId) is { Recommended: true } portfolio)
        {
            return new CommitmentRecommendation(
                CommitmentPortfolioLine.PlanName, portfolio.TermYears, portfolio.Payment, portfolio.HourlyCommitment, portfolio.MonthlyNetSavings, portfolio.CoveragePercent, []);
        }

        string plan, payment;
        int term;
        decimal hourly, savings;
        double coverage;
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.SavingsPlan), new Dictionary<string, object?> { ["run_id"] = runId }))
        {
            if (!reader.Read())
            {
                return null;
            }

            (plan, term, payment, hourly, savings, coverage) =
                (reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetDecimal(3), reader.GetDecimal(4), reader.GetDouble(5));
        }

        var curve = new List<CommitmentPoint>();
        var args = new Dictionary<string, object?> { ["run_id"] = runId, ["plan"] = plan, ["term_years"] = term, ["payment"] = payment };
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.SavingsCurve), args))
        {
            while (reader.Read())
            {
                curve.Add(new CommitmentPoint(reader.GetDecimal(0), Math.Round(reader.GetDecimal(1), 2, MidpointRounding.AwayFromZero)));
            }
        }

        var label = plan switch
        {
            "compute" => "Compute Savings Plan",
            "ec2instance" => "EC2 Instance Savings Plan",
            _ => plan,
        };
        return new CommitmentRecommendation(label, term, payment, Math.Round(hourly, 3, MidpointRounding.AwayFromZero), savings,
            Math.Round((decimal)coverage, 1, MidpointRounding.AwayFromZero), curve);
    }

    private static List<ServiceMonthSpend> ReadSpend(DuckDbConnection connection, Period window)
    {
        var spend = new List<ServiceMonthSpend>();
        using var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.SpendByService), new Dictionary<string, object?> { ["window_end"] = window.End });
        while (reader.Read())
        {
            spend.Add(new ServiceMonthSpend(reader.GetDate(0), reader.GetString(1), reader.GetDecimal(2)));
        }

        return spend;
    }

    private static MonthOverMonth? ReadMonthOverMonth(DuckDbConnection connection, string runId)
    {
        string previousId;
        Period previousWindow;
        decimal spend, savings;
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.PreviousRun), new Dictionary<string, object?> { ["run_id"] = runId }))
        {
            if (!reader.Read())
            {
                return null;
            }

            (previousId, previousWindow, spend, savings) =
                (reader.GetString(0), new Period(reader.GetDateTime(1), reader.GetDateTime(2)), reader.GetDecimal(3), reader.GetDecimal(4));
        }

        var added = new List<RecommendationChange>();
        var resolved = new List<RecommendationChange>();
        var realized = 0m;
        var args = new Dictionary<string, object?> { ["run_id"] = runId, ["previous_run_id"] = previousId };
        using (var reader = connection.ExecuteReader(ReportQueries.Get(ReportQueries.Changes), args))
        {
            while (reader.Read())
            {
                if (!OptionFamilyNames.TryParse(reader.GetString(4), out var family))
                {
                    continue;
                }

                var change = new RecommendationChange(reader.GetString(1), reader.IsDBNull(2) ? reader.GetString(1) : reader.GetString(2), reader.GetString(3), family, reader.GetDecimal(5));
                (reader.GetString(0) == "new" ? added : resolved).Add(change);
                realized += reader.GetDecimal(6);
            }
        }

        return new MonthOverMonth(previousId, previousWindow, spend, savings, realized, added, resolved);
    }

    private static string? NullableString(DuckDbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static double? NullableDouble(DuckDbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static int? NullableInt(DuckDbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
    }

    private static double? Round1(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
