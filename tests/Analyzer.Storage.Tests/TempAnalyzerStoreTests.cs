using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests;

public sealed class TempAnalyzerStoreTests
{
    [Fact]
    public void Dispose_AfterUse_DeletesTheFile()
    {
        string path;
        using (var temp = new TempAnalyzerStore())
        {
            path = temp.Path;
            using var connection = temp.Connect();
            connection.Execute("INSERT INTO regions VALUES ('us-east-1')");
        }

        Assert.False(File.Exists(path));
    }
}
