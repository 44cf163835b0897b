using Analyzer.Core.Costs;
using Analyzer.Core.Ingest;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage;

/// <summary>Appends one batch into the load_* temp tables (queries/store/load/create_staging.sql), column by column.</summary>
internal static class IngestStager
{
    public static void Stage(DuckDbConnection connection, IngestBatch batch, DateTime updatedAt)
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

        using (var workloads = connection.CreateAppender("load_workloads"))
        {
            foreach (var workload in batch.Workloads)
            {
                AppendWorkload(workloads, workload, batch.Source, updatedAt);
            }
        }

        using (var samples = connection.CreateAppender("load_samples"))
        {
            foreach (var sample in batch.Samples)
            {
                AppendSample(samples, sample);
            }
        }

        using (var costs = connection.CreateAppender("load_cost_lines"))
        {
            foreach (var line in batch.CostLines)
            {
                AppendCostLine(costs, line);
            }
        }
    }

    private static void AppendWorkload(DuckDbAppender appender, Workload w, string source, DateTime updatedAt) =>
        appender
            .Append(w.WorkloadId).Append(w.AccountId).Append(w.Region).Append(w.Kind.ToName()).Append(w.Name)
            .Append(w.InstanceType).Append(w.Vcpu).Append(w.MemoryGib).Append(w.Architecture).Append(w.PurchaseOption)
            .Append(w.LaunchType).Append(w.DesiredCount).Append(w.LambdaMemoryMb).Append(w.LambdaTimeoutSeconds)
            .Append(w.Tags.Keys.ToArray()).Append(w.Tags.Values.ToArray()).Append(source).Append(updatedAt)
            .EndRow();

    private static void AppendSample(DuckDbAppender appender, UtilizationSample s) =>
        appender
            .Append(s.WorkloadId).Append(s.Hour)
            .Append(s.CpuAveragePercent).Append(s.CpuMaximumPercent).Append(s.MemoryAveragePercent).Append(s.MemoryMaximumPercent)
            .Append(s.NetworkInBytes).Append(s.NetworkOutBytes).Append(s.RunningCount).Append(s.Invocations)
            .Append(s.DurationAverageMs).Append(s.DurationP99Ms).Append(s.ConcurrencyMaximum)
            .EndRow();

    private static void AppendCostLine(DuckDbAppender appender, CostLine c) =>
        appender
            .Append(c.UsageDate).Append(c.AccountId).Append(c.Region).Append(c.Service).Append(c.UsageType).Append(c.ResourceId)
            .Append(c.UnblendedCost).Append(c.AmortizedCost).Append(c.UsageQuantity)
            .EndRow();
}
