using Analyzer.Core.Collection;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Collection;

/// <summary>
/// Loads Compute Optimizer's recommendations: for one account and region, every type that was read replaces that
/// table's rows for the scope, all in one transaction, appended in bulk. A type that was not read (null) keeps
/// its rows, so a denied or not-enrolled run never empties what an earlier run found.
/// </summary>
public sealed class ComputeOptimizerTables(AnalyzerStore store, TimeProvider time)
{
    public void Replace(string accountId, string region, ComputeOptimizerFindings findings)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Ec2 is null && findings.AutoScalingGroups is null && findings.LambdaFunctions is null && findings.EcsServices is null)
        {
            return;
        }

        var scope = new Dictionary<string, object?> { ["account_id"] = accountId, ["region"] = region };
        var collectedAt = time.GetUtcNow().UtcDateTime;
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        if (findings.Ec2 is { } ec2)
        {
            ScopedRows.Replace(connection, "collection/delete_recommendations", scope, "compute_optimizer_ec2", ec2, (appender, r) =>
                appender.Append(r.AccountId).Append(r.Region).Append(r.InstanceArn).Append(r.InstanceId).Append(r.CurrentInstanceType)
                    .Append(r.Finding).Append(r.FindingReasons).Append(r.RecommendedInstanceType).Append(r.PerformanceRisk)
                    .Append(r.EstimatedMonthlySavingsUsd).Append(r.SavingsOpportunityPercent).Append(r.LookBackPeriodDays)
                    .Append(r.LastRefreshed).Append(collectedAt).EndRow());
        }

        if (findings.AutoScalingGroups is { } groups)
        {
            ScopedRows.Replace(connection, "collection/delete_co_asg", scope, "compute_optimizer_asg", groups, (appender, r) =>
                appender.Append(r.AccountId).Append(r.Region).Append(r.AsgArn).Append(r.AsgName).Append(r.CurrentInstanceType)
                    .Append(r.CurrentDesiredCapacity).Append(r.Finding).Append(r.RecommendedInstanceType).Append(r.RecommendedDesiredCapacity)
                    .Append(r.PerformanceRisk).Append(r.EstimatedMonthlySavingsUsd).Append(r.SavingsOpportunityPercent)
                    .Append(r.LookBackPeriodDays).Append(r.LastRefreshed).Append(collectedAt).Append(r.WorkloadId).EndRow());
        }

        if (findings.LambdaFunctions is { } functions)
        {
            ScopedRows.Replace(connection, "collection/delete_co_lambda", scope, "compute_optimizer_lambda", functions, (appender, r) =>
                appender.Append(r.AccountId).Append(r.Region).Append(r.FunctionArn).Append(r.FunctionName).Append(r.FunctionVersion)
                    .Append(r.CurrentMemoryMb).Append(r.Finding).Append(r.FindingReasons).Append(r.RecommendedMemoryMb)
                    .Append(r.EstimatedMonthlySavingsUsd).Append(r.SavingsOpportunityPercent).Append(r.LookBackPeriodDays)
                    .Append(r.LastRefreshed).Append(collectedAt).Append(r.WorkloadId).EndRow());
        }

        if (findings.EcsServices is { } services)
        {
            ScopedRows.Replace(connection, "collection/delete_co_ecs", scope, "compute_optimizer_ecs", services, (appender, r) =>
                appender.Append(r.AccountId).Append(r.Region).Append(r.ServiceArn).Append(r.ClusterName).Append(r.ServiceName)
                    .Append(r.LaunchType).Append(r.CurrentCpuUnits).Append(r.CurrentMemoryMb).Append(r.Finding).Append(r.FindingReasons)
                    .Append(r.RecommendedCpuUnits).Append(r.RecommendedMemoryMb).Append(r.EstimatedMonthlySavingsUsd)
                    .Append(r.SavingsOpportunityPercent).Append(r.LookBackPeriodDays).Append(r.LastRefreshed).Append(collectedAt)
                    .Append(r.WorkloadId).EndRow());
        }

        transaction.Commit();
    }
}
