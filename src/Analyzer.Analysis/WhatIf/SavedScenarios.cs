using Analyzer.Core.Reporting;
using Analyzer.Core.WhatIf;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.WhatIf;

/// <summary>
/// What-if scenarios saved in the store by name (queries/schema/0013_whatif_scenarios.sql): saved with their result,
/// read back for the report and <c>analyzer whatif --list</c>, deleted by name. Names are checked by
/// <see cref="SavedScenarioName"/> before anything reaches the store; every value is bound or appended.
/// </summary>
public static class SavedScenarios
{
    /// <summary>Saves <paramref name="result"/> under <paramref name="name"/>, replacing a scenario saved under it before, in one transaction.</summary>
    public static void Save(DuckDbConnection connection, string name, string definition, WhatIfResult result, DateTime savedAt)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(result);
        name = SavedScenarioName.Check(name, "--save");
        using var transaction = connection.BeginTransaction();
        Remove(connection, name);
        using (var a = connection.CreateAppender("whatif_scenarios"))
        {
            var (b, f) = (result.Before, result.After);
            a.Append(name).Append(result.Scenario.Description).Append(definition).Append(result.Baseline.RunId).Append(savedAt)
                .Append(f.Workloads).Append(result.Selected).Append(result.InfeasibleCount)
                .Append(b.CurrentMonthly).Append(b.RecommendedMonthly).Append(b.CommitmentSavings).Append(b.AddedCommitmentSavings)
                .Append(f.CurrentMonthly).Append(f.RecommendedMonthly).Append(f.CommitmentSavings).Append(f.AddedCommitmentSavings)
                .Append(result.CommitmentBefore).Append(result.CommitmentAfter).Append(result.MissingPrices)
                .EndRow();
        }

        using (var a = connection.CreateAppender("whatif_scenario_lines"))
        {
            foreach (var l in result.Lines)
            {
                a.Append(name).Append(l.WorkloadId).Append(l.Name).Append(l.AccountId).Append(l.Region).Append(l.MovedFrom).Append(l.Kind)
                    .Append(l.Selected).Append(l.CurrentBefore).Append(l.CurrentAfter).Append(l.BeforeOption).Append(l.BeforeMonthly)
                    .Append(l.AfterOption).Append(l.AfterFamily).Append(l.AfterMonthly).Append(l.Infeasible).Append(l.Unpriced)
                    .EndRow();
            }
        }

        transaction.Commit();
    }

    /// <returns>False when no scenario is saved under <paramref name="name"/>.</returns>
    public static bool Delete(DuckDbConnection connection, string name)
    {
        ArgumentNullException.ThrowIfNull(connection);
        name = SavedScenarioName.Check(name, "--delete");
        using var transaction = connection.BeginTransaction();
        var found = ReadNames(connection).Contains(name);
        Remove(connection, name);
        transaction.Commit();
        return found;
    }

    private static void Remove(DuckDbConnection connection, string name)
    {
        var args = new Dictionary<string, object?> { ["name"] = name };
        connection.Execute(QueryCatalog.Get("analysis/whatif/delete_scenario_lines"), args);
        connection.Execute(QueryCatalog.Get("analysis/whatif/delete_scenario"), args);
    }

    private static HashSet<string> ReadNames(DuckDbConnection connection)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var reader = connection.ExecuteReader(QueryCatalog.Get("analysis/whatif/saved_scenarios"));
        while (reader.Read())
        {
            names.Add(reader.GetString(reader.GetOrdinal("name")));
        }

        return names;
    }

    /// <summary>Every saved scenario with its workload rows, oldest first.</summary>
    public static IReadOnlyList<SavedScenario> ReadAll(DuckDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var scenarios = new List<SavedScenario>();
        using (var r = connection.ExecuteReader(QueryCatalog.Get("analysis/whatif/saved_scenarios")))
        {
            decimal M(string column) => r.GetDecimal(r.GetOrdinal(column));
            string? S(string column) => r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetString(r.GetOrdinal(column));
            while (r.Read())
            {
                var missing = r.GetList(r.GetOrdinal("missing_prices")).Select(v => v?.ToString() ?? string.Empty).ToList();
                scenarios.Add(new SavedScenario(
                    S("name")!, S("description"), S("definition")!, S("baseline_run_id")!,
                    new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(r.GetOrdinal("saved_at")), DateTimeKind.Utc)),
                    r.GetInt32(r.GetOrdinal("workloads")), r.GetInt32(r.GetOrdinal("selected")), r.GetInt32(r.GetOrdinal("infeasible")),
                    new SavedScenarioTotals(M("before_current_monthly"), M("before_recommended_monthly"), M("before_commitment_savings"), M("before_added_savings")),
                    new SavedScenarioTotals(M("after_current_monthly"), M("after_recommended_monthly"), M("after_commitment_savings"), M("after_added_savings")),
                    S("commitment_before"), S("commitment_after"), missing, []));
            }
        }

        return [.. scenarios.Select(s => s with { Lines = Lines(connection, s.Name) })];
    }

    private static List<SavedScenarioLine> Lines(DuckDbConnection connection, string name)
    {
        var lines = new List<SavedScenarioLine>();
        using var r = connection.ExecuteReader(QueryCatalog.Get("analysis/whatif/saved_lines"), new Dictionary<string, object?> { ["name"] = name });
        string? S(string column) => r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetString(r.GetOrdinal(column));
        while (r.Read())
        {
            lines.Add(new SavedScenarioLine(
                S("workload_id")!, S("name")!, S("account_id")!, S("region")!, S("moved_from"), S("kind")!,
                r.GetBoolean(r.GetOrdinal("selected")), S("before_option"), r.GetDecimal(r.GetOrdinal("before_monthly")),
                S("after_option")!, r.GetDecimal(r.GetOrdinal("after_monthly")), S("infeasible"))
            {
                Unpriced = r.GetBoolean(r.GetOrdinal("unpriced")),
            });
        }

        return lines;
    }
}
