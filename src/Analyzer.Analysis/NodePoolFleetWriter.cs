using Analyzer.Analysis.Evaluation;
using Analyzer.Core.Options;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>Appends one run's NodePool fleets to node_pool_fleets (0019); a Spot option's target is its pools' types, comma-separated.</summary>
internal static class NodePoolFleetWriter
{
    public static void Write(DuckDbConnection connection, string runId, IEnumerable<NodePoolFleetEvaluation> pools)
    {
        using var a = connection.CreateAppender("node_pool_fleets");
        foreach (var pool in pools)
        {
            var p = pool.Profile;
            var chosen = pool.Evaluation.Recommendation.Chosen;
            var current = pool.Evaluation.Options.FirstOrDefault(o => o.Family == OptionFamily.Current);
            var t = chosen.Target;
            a.Append(runId).Append(pool.Fleet.AccountId).Append(pool.Fleet.Region).Append(pool.Pool.Cluster).Append(pool.Pool.Name)
                .Append(pool.Nodes).Append(pool.Fleet.InstanceType).Append(Math.Round(p.RunningCountMin, 4)).Append(Math.Round(p.RunningCountMax, 4))
                .Append(Math.Round(p.RunningCountMean, 4)).Append(p.FleetCpuP99Vcpu).Append(Money(current?.MonthlyCost)).Append(chosen.Option)
                .Append(chosen.Family.ToName()).Append(SpotPools(chosen) ?? t?.InstanceType).Append(t?.Capacity).Append(t?.Units.Min).Append(t?.Units.Max)
                .Append(t is null ? null : Math.Round(t.Units.Average, 4)).Append(Money(chosen.MonthlyCost))
                .Append(chosen.Reason is null ? pool.Evaluation.Recommendation.Reason : $"{pool.Evaluation.Recommendation.Reason}; {chosen.Reason}")
                .EndRow();
        }
    }

    // A Spot option runs a diversified set of pools (SpotEvaluator names them in its note): the NodePool should allow
    // them all, so they are stored comma-separated as its target types.
    private static string? SpotPools(OptionResult option) =>
        option.Family == OptionFamily.Ec2Spot && option.Reason is { } reason
        && System.Text.RegularExpressions.Regex.Match(reason, "diversified over ([a-z0-9.\\-]+(?:, [a-z0-9.\\-]+)*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant) is { Success: true } m
            ? m.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal)
            : null;

    private static decimal? Money(decimal? value) => value is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero) : null;
}
