using Analyzer.Storage;

namespace Analyzer.Analysis.Tests;

public sealed class QueriesTests : IDisposable
{
    private readonly EngineStore store = new();

    public void Dispose() => store.Dispose();

    public static TheoryData<string> AnalysisQueries() => [.. QueryCatalog.Names("analysis/")];

    [Theory]
    [MemberData(nameof(AnalysisQueries))]
    public void Prepare_EveryAnalysisQuery_PreparesAgainstAMigratedStore(string name)
    {
        using var connection = store.Store.Connect();
        // Queries over the window's staged hours need them there, as the engine stages them before it reads.
        using var staged = ProfileReader.StageWindow(connection, EngineStore.Window);
        connection.Execute(QueryCatalog.Get("analysis/results/stage_hourly_units"));

        // The drop script holds a statement per staged object: it runs (what it drops goes again when staged is disposed).
        if (name is "analysis/profile/drop_window_hours")
        {
            connection.Execute(QueryCatalog.Get(name));
            Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'window_%'"));
            return;
        }

        using var statement = connection.Prepare(QueryCatalog.Get(name));

        Assert.True(statement.ParameterCount >= 0);
    }

    [Fact]
    public void Names_EveryQueryTheEngineUses_IsInTheCatalog()
    {
        var names = typeof(Queries).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

        Assert.All(names, name => Assert.NotEmpty(QueryCatalog.Get(name)));
    }
}
