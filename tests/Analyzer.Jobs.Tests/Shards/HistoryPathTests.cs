using Analyzer.Jobs.Shards;

namespace Analyzer.Jobs.Tests.Shards;

/// <summary>The history's S3 keys come from folders DuckDB named after the store's values: only the layout's shapes pass.</summary>
public sealed class HistoryPathTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "history-root");

    [Theory]
    [InlineData("recommendations/period=2026-12-02/account_id=111111111111", "recommendations/period=2026-12-02/account_id=111111111111")]
    [InlineData("commitment_candidates/period=2026-12-02", "commitment_candidates/period=2026-12-02")]
    public void Relative_AFolderOfTheLayout_IsItsKeyFolder(string folder, string expected)
    {
        Assert.Equal(expected, HistoryPath.Relative(Root, Path.Combine([Root, .. folder.Split('/')])));
    }

    [Theory]
    [InlineData("recommendations/period=2026-12-02/account_id=1111")]
    [InlineData("recommendations/period=2026-12-02/account_id=..")]
    [InlineData("recommendations/period=2026-12-02/account_id=111111111111/extra")]
    [InlineData("Recommendations/period=2026-12-02")]
    [InlineData("recommendations/period=latest")]
    [InlineData("recommendations")]
    public void Relative_AnythingElse_IsRefused(string folder)
    {
        Assert.Throws<IOException>(() => HistoryPath.Relative(Root, Path.Combine([Root, .. folder.Split('/')])));
    }

    [Fact]
    public void Relative_AFolderOutsideTheRoot_IsRefused()
    {
        Assert.Throws<IOException>(() => HistoryPath.Relative(Root, Path.Combine(Path.GetTempPath(), "elsewhere", "period=2026-12-02")));
    }
}
