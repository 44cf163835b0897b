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

        // A workload's id once, not once per hour: the samples carry its index (see create_staging.sql).
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var samples = connection.CreateAppender("load_sample_rows"))
        {
            foreach (var sample in ReadAhead.Of(batch.Samples))
            {
                if (!indexes.TryGetValue(sample.WorkloadId, out var index))
                {
                    index = indexes.Count;
                    indexes.Add(sample.WorkloadId, index);
                }

                AppendSample(samples, index, sample);
            }
        }

        using (var ids = connection.CreateAppender("load_sample_ids"))
        {
            foreach (var (workloadId, index) in indexes)
            {
                ids.Append(index).Append(workloadId).EndRow();
            }
        }

        using (var costs = connection.CreateAppender("load_cost_lines"))
        {
            foreach (var line in ReadAhead.Of(batch.CostLines))
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

    private static void AppendSample(DuckDbAppender appender, int workloadIndex, UtilizationSample s) =>
        appender
            .Append(workloadIndex).Append(MicrosSinceEpoch(s.Hour))
            .Append(s.CpuAveragePercent).Append(s.CpuMaximumPercent).Append(s.MemoryAveragePercent).Append(s.MemoryMaximumPercent)
            .Append(s.NetworkInBytes).Append(s.NetworkOutBytes).Append(s.RunningCount).Append(s.Invocations)
            .Append(s.DurationAverageMs).Append(s.DurationP99Ms).Append(s.ConcurrencyMaximum)
            .EndRow();

    // Unspecified kinds are UTC, as the appender takes them; DuckDB's make_timestamp reads the microseconds back.
    private static long MicrosSinceEpoch(DateTime hour) =>
        ((hour.Kind == DateTimeKind.Local ? hour.ToUniversalTime() : hour).Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;

    private static void AppendCostLine(DuckDbAppender appender, CostLine c) =>
        appender
            .Append(c.UsageDate).Append(c.AccountId).Append(c.Region).Append(c.Service).Append(c.UsageType).Append(c.ResourceId)
            .Append(c.UnblendedCost).Append(c.AmortizedCost).Append(c.UsageQuantity)
            .EndRow();
}
