using System.Globalization;
using Analyzer.Core.Sharding;

namespace Analyzer.Core.Tests.Sharding;

public sealed class ShardSliceTests
{
    [Theory]
    // A number modulo 3 is its digit sum modulo 3: 12 -> 0, 13 -> 1, 14 -> 2.
    [InlineData("111111111111", 3, 0)]
    [InlineData("111111111112", 3, 1)]
    [InlineData("111111111113", 3, 2)]
    // 999999999999 = 999999 x 1000001 and 999999 = 7 x 142857.
    [InlineData("999999999999", 7, 0)]
    // 000000000010 is 10: 10 mod 4 = 2 (leading zeros are part of real account ids).
    [InlineData("000000000010", 4, 2)]
    // One shard holds everything.
    [InlineData("123456789012", 1, 0)]
    // 123456789012 mod 10 = its last digit.
    [InlineData("123456789012", 10, 2)]
    public void Of_AnAccountId_IsTheIdAsANumberModuloTheCount(string account, int count, int expected)
    {
        Assert.Equal(expected, ShardSlice.Of(account, count));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    public void Contains_EveryAccount_IsInExactlyOneShard(int count)
    {
        var random = new Random(17);
        var accounts = Enumerable.Range(0, 500).Select(_ => random.NextInt64(0, 1_000_000_000_000).ToString("D12", CultureInfo.InvariantCulture)).ToList();
        var shards = Enumerable.Range(0, count).Select(i => new ShardSlice(i, count)).ToList();

        Assert.All(accounts, a => Assert.Single(shards, s => s.Contains(a)));
    }

    [Fact]
    public void Of_SameAccountTwice_GivesTheSameShardWhateverElseIsAsked()
    {
        var before = ShardSlice.Of("210987654321", 5);
        _ = Enumerable.Range(0, 100).Select(i => ShardSlice.Of(i.ToString("D12", CultureInfo.InvariantCulture), 5)).ToList();

        // 210987654321 mod 5 = its last digit mod 5.
        Assert.Equal((1, 1), (before, ShardSlice.Of("210987654321", 5)));
    }

    [Fact]
    public void Contains_ThousandAccountsInTenShards_SplitsThemAboutEvenly()
    {
        var random = new Random(4);
        var accounts = Enumerable.Range(0, 1000).Select(_ => random.NextInt64(0, 1_000_000_000_000).ToString("D12", CultureInfo.InvariantCulture)).ToList();

        var sizes = Enumerable.Range(0, 10).Select(i => accounts.Count(a => new ShardSlice(i, 10).Contains(a))).ToList();

        Assert.Equal(1000, sizes.Sum());
        Assert.All(sizes, s => Assert.InRange(s, 60, 140));
    }

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("2/3", 2, 3)]
    [InlineData("9999/10000", 9999, 10000)]
    public void TryParse_IndexSlashCount_ReadsBoth(string text, int index, int count)
    {
        Assert.Equal(new ShardSlice(index, count), ShardSlice.TryParse(text));
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("-1/3")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("1/2/3")]
    [InlineData("a/b")]
    [InlineData(" 1/3")]
    [InlineData("0/10001")]
    [InlineData(null)]
    public void TryParse_NotAShard_IsNull(string? text)
    {
        Assert.Null(ShardSlice.TryParse(text));
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901a")]
    [InlineData("../etc/passw")]
    public void Of_NotATwelveDigitId_Throws(string account)
    {
        Assert.Throws<ArgumentException>(() => ShardSlice.Of(account, 3));
    }
}
