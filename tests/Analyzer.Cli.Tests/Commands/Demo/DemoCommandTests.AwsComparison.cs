using System.Globalization;
using Analyzer.Storage;

namespace Analyzer.Cli.Tests.Commands.Demo;

public sealed partial class DemoCommandTests
{
    private static readonly (string Kind, string Label)[] CoverageKinds =
        [("ec2_instance", "EC2"), ("asg", "groups"), ("lambda_function", "functions"), ("ecs_service", "services")];

    [Fact]
    public void Demo_Html_SaysHowManyOfEachKindComputeOptimizerCoversAndAgreesOn()
    {
        // Covered is counted from the Compute Optimizer tables themselves (a Lambda row "Unavailable" rates nothing),
        // compared and agreed from the run's comparisons.
        var counts = new Dictionary<string, (long Compared, long Covered, long Agrees)>(StringComparer.Ordinal);
        using (var connection = Connect(out var store))
        using (store)
        using (var reader = connection.ExecuteReader(
            """
            WITH aws AS (
                SELECT instance_id AS workload_id FROM compute_optimizer_ec2
                UNION SELECT workload_id FROM compute_optimizer_asg
                UNION SELECT workload_id FROM compute_optimizer_lambda WHERE finding <> 'Unavailable'
                UNION SELECT workload_id FROM compute_optimizer_ecs),
            c AS (
                SELECT c.workload_id, c.agreement, w.kind
                FROM compute_optimizer_comparisons c JOIN workloads w USING (workload_id)
                WHERE c.run_id = $1 AND c.recommender = 'compute-optimizer')
            SELECT kind, count(*), count(*) FILTER (WHERE workload_id IN (SELECT workload_id FROM aws)), count(*) FILTER (WHERE agreement = 'same')
            FROM c GROUP BY kind
            """,
            demo.LatestRunId))
        {
            while (reader.Read())
            {
                counts[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
            }
        }

        var kinds = string.Join(", ", CoverageKinds.Where(k => counts.ContainsKey(k.Kind)).Select(k => $"{k.Label} {counts[k.Kind].Covered:#,0}/{counts[k.Kind].Compared:#,0}"));
        var sentence = string.Create(
            CultureInfo.InvariantCulture,
            $"Compute Optimizer covers <strong>{counts.Values.Sum(c => c.Covered):#,0} of {counts.Values.Sum(c => c.Compared):#,0}</strong> workloads ({kinds}); agrees on {counts.Values.Sum(c => c.Agrees):#,0}");

        Assert.Equal(4, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c.Covered, 1, c.Compared));
        Assert.Contains(sentence, demo.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_Html_SaysHowManyInstancesCostExplorerCoversAndAgreesOn()
    {
        using var connection = Connect(out var store);
        using (store)
        {
            var compared = connection.ExecuteScalar<long>("SELECT count(*) FROM compute_optimizer_comparisons WHERE run_id = $1 AND recommender = 'cost-explorer'", demo.LatestRunId);
            var covered = connection.ExecuteScalar<long>("SELECT count(DISTINCT instance_id) FROM ce_rightsizing_recommendations WHERE instance_id IN (SELECT workload_id FROM workloads)");
            var agrees = connection.ExecuteScalar<long>("SELECT count(*) FROM compute_optimizer_comparisons WHERE run_id = $1 AND recommender = 'cost-explorer' AND agreement = 'same'", demo.LatestRunId);

            Assert.InRange(covered, 1, compared);
            Assert.Contains(
                string.Create(CultureInfo.InvariantCulture, $"Cost Explorer's rightsizing covers <strong>{covered:#,0} of {compared:#,0}</strong> EC2 instances; agrees on {agrees:#,0}"),
                demo.Html,
                StringComparison.Ordinal);
        }
    }
}
