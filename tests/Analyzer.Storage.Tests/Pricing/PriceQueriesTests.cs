using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Tests.Pricing;

public sealed class PriceQueriesTests
{
    // Multi-statement scripts run whole; every other prices query is one statement and must prepare.
    private static readonly string[] Scripts = ["prices/stage_tables", "prices/drop_stage_tables"];

    public static TheoryData<string> SingleStatementQueries()
    {
        var data = new TheoryData<string>();
        foreach (var name in QueryCatalog.Names("prices/").Where(n => !Scripts.Contains(n) && !n.StartsWith("prices/replace/", StringComparison.Ordinal)))
        {
            data.Add(name);
        }

        return data;
    }

    public static TheoryData<string> ReplaceScripts()
    {
        var data = new TheoryData<string>();
        foreach (var name in QueryCatalog.Names("prices/replace/"))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SingleStatementQueries))]
    public void Prepare_AgainstMigratedStoreWithStageTables_Succeeds(string name)
    {
        using var tables = new PriceTables();
        tables.Connection.Execute(QueryCatalog.Get("prices/stage_tables"));

        using var statement = tables.Connection.Prepare(QueryCatalog.Get(name));

        Assert.NotNull(statement);
    }

    [Theory]
    [MemberData(nameof(ReplaceScripts))]
    public void Execute_ReplaceWithEmptyStage_ChangesNothing(string name)
    {
        using var tables = new PriceTables();
        tables.Connection.Execute(QueryCatalog.Get("prices/stage_tables"));

        tables.Connection.Execute(QueryCatalog.Get(name));

        Assert.Equal(0L, tables.Count(name["prices/replace/".Length..]));
    }
}
