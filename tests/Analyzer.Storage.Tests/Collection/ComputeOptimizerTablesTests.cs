using Analyzer.Core.Collection;
using Analyzer.Storage.Collection;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests.Collection;

public sealed class ComputeOptimizerTablesTests : IDisposable
{
    private const string Account = "111111111111";
    private const string Region = "us-east-1";
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Refreshed = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempDuckDbFile file = new();
    private readonly AnalyzerStore store;
    private readonly ComputeOptimizerTables tables;

    public ComputeOptimizerTablesTests()
    {
        store = AnalyzerStore.Open(file.Path, new FixedTimeProvider(Now));
        tables = new ComputeOptimizerTables(store, new FixedTimeProvider(Now));
    }

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }

    [Fact]
    public void Replace_ForEveryType_StoresTheRowsWithTheirValues()
    {
        tables.Replace(Account, Region, Findings(Group("web-asg", 120.5m), Function("fn", 512), Service("svc", 256)));

        Assert.Equal(
            ["web-asg|web-asg|m5.large|3|120.500000|14", "arn:aws:lambda:us-east-1:111111111111:function:fn|512|MemoryOverprovisioned", "svc|256|1024|Fargate"],
            [
                Scalar<string>("SELECT asg_name || '|' || workload_id || '|' || recommended_instance_type || '|' || recommended_desired_capacity || '|' || estimated_monthly_savings_usd || '|' || lookback_days FROM compute_optimizer_asg")!,
                Scalar<string>("SELECT workload_id || '|' || recommended_memory_mb || '|' || finding_reasons FROM compute_optimizer_lambda")!,
                Scalar<string>("SELECT service_name || '|' || recommended_cpu_units || '|' || current_memory_mb || '|' || launch_type FROM compute_optimizer_ecs")!,
            ]);
    }

    [Fact]
    public void Replace_SameScopeTwice_KeepsOnlyTheSecondSet()
    {
        tables.Replace(Account, Region, Findings(Group("a", 1m), Function("fn", 512), Service("svc", 256)));

        tables.Replace(Account, Region, Findings(Group("b", 2m), Function("fn", 512), Service("svc", 256)));

        Assert.Equal((1L, "b", 1L, 1L), (Count("compute_optimizer_asg"), Scalar<string>("SELECT asg_name FROM compute_optimizer_asg"), Count("compute_optimizer_lambda"), Count("compute_optimizer_ecs")));
    }

    [Fact]
    public void Replace_WhenATypeWasNotRead_KeepsItsRows()
    {
        tables.Replace(Account, Region, Findings(Group("a", 1m), Function("fn", 512), Service("svc", 256)));

        tables.Replace(Account, Region, new ComputeOptimizerFindings(null, [], null, null));

        Assert.Equal((0L, 1L, 1L), (Count("compute_optimizer_asg"), Count("compute_optimizer_lambda"), Count("compute_optimizer_ecs")));
    }

    [Fact]
    public void Replace_OtherRegion_LeavesThisRegionsRows()
    {
        tables.Replace(Account, Region, Findings(Group("a", 1m), Function("fn", 512), Service("svc", 256)));

        tables.Replace(Account, "eu-west-1", Findings(Group("b", 1m) with { Region = "eu-west-1" }, null, null));

        Assert.Equal(2L, Count("compute_optimizer_asg"));
    }

    [Fact]
    public void Replace_WhenARowCannotBeStored_LeavesTheStoreAsItWas()
    {
        tables.Replace(Account, Region, Findings(Group("a", 1m), Function("fn", 512), Service("svc", 256)));

        // A finding is NOT NULL: the ECS append fails after the group and function tables were already replaced.
        var broken = Findings(Group("b", 2m), Function("other", 256), Service("svc", 256) with { Finding = null! });
        Assert.ThrowsAny<Exception>(() => tables.Replace(Account, Region, broken));

        Assert.Equal(("a", "fn", 1L), (Scalar<string>("SELECT asg_name FROM compute_optimizer_asg"), Scalar<string>("SELECT function_name FROM compute_optimizer_lambda"), Count("compute_optimizer_ecs")));
    }

    private static ComputeOptimizerFindings Findings(AsgRecommendation group, LambdaRecommendation? function, EcsRecommendation? service) =>
        new(null, [group], function is null ? null : [function], service is null ? null : [service]);

    private static AsgRecommendation Group(string name, decimal savings) => new(
        Account, Region, $"arn:aws:autoscaling:{Region}:{Account}:autoScalingGroup:uuid:autoScalingGroupName/{name}", name, name,
        "m5.xlarge", 3, "Overprovisioned", "m5.large", 3, 1.0, savings, 30.0, 14, Refreshed);

    private static LambdaRecommendation Function(string name, int recommendedMb) => new(
        Account, Region, $"arn:aws:lambda:{Region}:{Account}:function:{name}:$LATEST", name, "$LATEST",
        $"arn:aws:lambda:{Region}:{Account}:function:{name}", 1024, "NotOptimized", "MemoryOverprovisioned", recommendedMb, 2.5m, 20.0, 14, Refreshed);

    private static EcsRecommendation Service(string name, int recommendedCpu) => new(
        Account, Region, $"arn:aws:ecs:{Region}:{Account}:service/prod/{name}", "prod", name, $"arn:aws:ecs:{Region}:{Account}:service/prod/{name}",
        "Fargate", 512, 1024, "Overprovisioned", "CPUOverprovisioned", recommendedCpu, 1024, 9.1m, 40.0, 14, Refreshed);

    private long Count(string table) => Scalar<long>($"SELECT count(*) FROM {table}");

    private T? Scalar<T>(string sql)
    {
        using var connection = store.Connect();
        return connection.ExecuteScalar<T>(sql);
    }
}
