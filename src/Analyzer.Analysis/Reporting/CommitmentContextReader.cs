using Analyzer.Core.Reporting;
using Analyzer.Core.SavingsPlans;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Reporting;

/// <summary>
/// Reads a run's Savings Plans held and Cost Explorer comparisons (queries/analysis/report/commitments_*.sql) for the
/// report's commitment section. Runs written before migration 0010 have none: the context is empty.
/// </summary>
internal static class CommitmentContextReader
{
    public const string Held = "analysis/report/commitments_held";
    public const string CostExplorer = "analysis/report/commitments_cost_explorer";

    public static CommitmentContext Read(DuckDbConnection connection, string runId, DateTime windowEnd)
    {
        var args = new Dictionary<string, object?> { ["run_id"] = runId };
        var held = new List<HeldCommitmentLine>();
        decimal computeHourly = 0;
        var fromSetting = false;
        using (var reader = connection.ExecuteReader(QueryCatalog.Get(Held), args))
        {
            while (reader.Read())
            {
                (computeHourly, fromSetting) = (reader.GetDecimal(9), reader.GetBoolean(10));
                if (reader.IsDBNull(2))
                {
                    continue;
                }

                var plan = reader.GetString(2);
                DateTime? ends = reader.IsDBNull(8) ? null : reader.GetDateTime(8);
                var region = reader.IsDBNull(5) ? null : reader.GetString(5);
                var family = reader.IsDBNull(6) ? null : reader.GetString(6);
                held.Add(new HeldCommitmentLine(
                    reader.GetString(0), reader.GetString(1), Label(plan), reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    plan == HeldCommitments.Ec2Instance ? $"{region} {family}" : plan == HeldCommitments.Compute ? "any region and family" : "not applied",
                    reader.GetDecimal(7), ends is { } e ? DateOnly.FromDateTime(e) : null,
                    ends is { } end && end > windowEnd && end <= windowEnd.AddDays(HeldCommitments.LapseWarningDays)));
            }
        }

        var ce = new List<CostExplorerCommitmentLine>();
        using (var reader = connection.ExecuteReader(QueryCatalog.Get(CostExplorer), args))
        {
            while (reader.Read())
            {
                ce.Add(new CostExplorerCommitmentLine(
                    Label(reader.GetString(0)), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                    Round(reader.GetDecimal(5), 3), Round(reader.GetDecimal(6), 2), reader.IsDBNull(7) ? null : Round((decimal)reader.GetDouble(7), 1),
                    Round(reader.GetDecimal(8), 3), Round(reader.GetDecimal(9), 2), Round((decimal)reader.GetDouble(10), 1),
                    Round(reader.GetDecimal(11), 2), Round((decimal)reader.GetDouble(12), 1), reader.GetString(13)));
            }
        }

        return new CommitmentContext(held, Round(computeHourly, 3), fromSetting, ce);
    }

    public static string Label(string plan) => plan switch
    {
        HeldCommitments.Compute => "Compute Savings Plan",
        HeldCommitments.Ec2Instance => "EC2 Instance Savings Plan",
        _ => plan,
    };

    private static decimal Round(decimal value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
