using Analyzer.Core.WhatIf;

namespace Analyzer.Core.Tests.WhatIf;

public class GlobPatternTests
{
    [Theory]
    [InlineData("web-*", "web-1", true)]
    [InlineData("web-*", "WEB-api", true)]
    [InlineData("web-*", "api-web-1", false)]
    [InlineData("*-api-?", "orders-api-7", true)]
    [InlineData("*-api-?", "orders-api-17", false)]
    [InlineData("*", "", true)]
    [InlineData("a*b*c", "axxbyyc", true)]
    [InlineData("a*b*c", "axxbyy", false)]
    [InlineData("exact", "exact", true)]
    public void Matches_StarAndQuestionMark_MatchAsInAShell(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, new GlobPattern(pattern).Matches(name));
    }

    [Fact]
    public void Matches_ManyStarsOverALongNonMatchingName_Finishes()
    {
        // A regex-style backtracking matcher takes exponential time here; the star scan takes at most length^2 steps.
        var name = new string('a', 5000);

        Assert.False(new GlobPattern("*a*a*a*a*a*a*a*a*b").Matches(name));
    }
}
