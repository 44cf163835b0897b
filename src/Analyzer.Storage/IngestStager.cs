using Analyzer.Core.Costs;
using Analyzer.Core.Ingest;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage;

/// <summary>
/// Appends a batch's inventory and cost lines into the load_* temp tables (queries/store/load/create_staging.sql);
/// its samples go straight into their table (<see cref="SampleLoader"/>).
/// </summary>
internal static class IngestStager
{
    /// <summary>The batch's scope accounts, accounts and workloads: what apply_inventory.sql replaces the store's with.</summary>
    public static void StageInventory(DuckDbConnection connection, IngestBatch batch, DateTime updatedAt)
    {
        using (var scope = connection.CreateAppender("load_scope_accounts"))
        {
            foreach (var accountId in batch.AccountIds)
            {
                scope.Append(accountId).EndRow();
            }
        }

        using (var accounts = connection.CreateAppender("load_accounts"))
        {
            foreach (var account in batch.Accounts)
            {
                accounts.Append(account.AccountId).Append(account.Name).EndRow();
            }
        }

        using var workloads = connection.CreateAppender("load_workloads");
        foreach (var workload in batch.Workloads)
        {
            AppendWorkload(workloads, workload, batch.Source, updatedAt);
        }
    }

    /// <summary>The batch's cost lines, streamed; delete_cost_lines.sql and apply.sql replace the store's with them.</summary>
    public static void StageCostLines(DuckDbConnection connection, IngestBatch batch)
    {
        using var costs = connection.CreateAppender("load_cost_lines");
        foreach (var line in ReadAhead.Of(batch.CostLines))
        {
            AppendCostLine(costs, line);
        }
    }

    private static void AppendWorkload(DuckDbAppender appender, Workload w, string source, DateTime updatedAt) =>
        appender
            .Append(w.WorkloadId).Append(w.AccountId).Append(w.Region).Append(w.Kind.ToName()).Append(w.Name)
            .Append(w.InstanceType).Append(w.Vcpu).Append(w.MemoryGib).Append(w.Architecture).Append(w.PurchaseOption)
            .Append(w.LaunchType).Append(w.DesiredCount).Append(w.LambdaMemoryMb).Append(w.LambdaTimeoutSeconds)
            .Append(w.Tags.Keys.ToArray()).Append(w.Tags.Values.ToArray()).Append(source).Append(updatedAt)
            .Append(w.Platform).Append(w.Tenancy)
            .EndRow();

    private static void AppendCostLine(DuckDbAppender appender, CostLine c) =>
        appender
            .Append(c.UsageDate).Append(c.AccountId).Append(c.Region).Append(c.Service).Append(c.UsageType).Append(c.ResourceId)
            .Append(c.UnblendedCost).Append(c.AmortizedCost).Append(c.UsageQuantity)
            .EndRow();
}
