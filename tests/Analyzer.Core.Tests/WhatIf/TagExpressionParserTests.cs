using Analyzer.Core.WhatIf;

namespace Analyzer.Core.Tests.WhatIf;

public class TagExpressionParserTests
{
    private static Dictionary<string, string> Tags(params (string Key, string Value)[] tags) =>
        tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    private static bool Matches(string expression, params (string Key, string Value)[] tags) =>
        TagExpressionParser.Parse(expression).Matches(Tags(tags));

    [Theory]
    [InlineData("env=dev", true)]
    [InlineData("env=DEV", true)]
    [InlineData("env=prod", false)]
    [InlineData("env!=prod", true)]
    [InlineData("Env=dev", false)]
    [InlineData("team in (a, b)", true)]
    [InlineData("team in (c)", false)]
    [InlineData("team not in (c, d)", true)]
    [InlineData("has spot-ok", true)]
    [InlineData("has owner", false)]
    [InlineData("not env=prod", true)]
    [InlineData("NOT env=dev", false)]
    public void Parse_SimpleConditions_MatchKeysExactlyAndValuesIgnoringCase(string expression, bool expected)
    {
        Assert.Equal(expected, Matches(expression, ("env", "dev"), ("team", "b"), ("spot-ok", "true")));
    }

    [Theory]
    [InlineData("env=prod or team=a and has x", false)] // and binds tighter: prod or (a and x)
    [InlineData("(env=prod or team=a) and has x", false)]
    [InlineData("env=dev or team=z and has x", true)]
    [InlineData("(env=dev or team=z) and has x", false)]
    [InlineData("not (env=prod or env=test) and team in (a,b)", true)]
    [InlineData("not not env=dev", true)]
    public void Parse_AndBindsTighterThanOr_AndParenthesesGroup(string expression, bool expected)
    {
        Assert.Equal(expected, Matches(expression, ("env", "dev"), ("team", "a")));
    }

    [Fact]
    public void Parse_QuotedValueWithQuotesSemicolonsAndCommentMarkers_IsOneLiteralValue()
    {
        const string value = "O'Brien\"; DROP TABLE workloads; -- /* x";
        var expression = TagExpressionParser.Parse("owner='O''Brien\"; DROP TABLE workloads; -- /* x'");

        Assert.True(expression.Matches(Tags(("owner", value))));
        Assert.False(expression.Matches(Tags(("owner", "O'Brien"))));
    }

    [Fact]
    public void Parse_BareValueWithSemicolonAndDashes_IsOneWord()
    {
        Assert.True(Matches("note=a;b--c", ("note", "a;b--c")));
    }

    [Fact]
    public void Parse_UnicodeKeysAndValues_MatchAsWritten()
    {
        Assert.True(Matches("équipe=données and 'チーム' in ('開発', \"運用\")", ("équipe", "Données"), ("チーム", "運用")));
    }

    [Fact]
    public void Parse_KeywordQuoted_IsAValue()
    {
        Assert.True(Matches("mode='and'", ("mode", "and")));
    }

    [Theory]
    [InlineData("env=", 5, "expected a value after 'env='")]
    [InlineData("(env=dev", 9, "expected ')'")]
    [InlineData("env dev", 5, "expected '=', '!=', 'in' or 'not in' after the tag key 'env'")]
    [InlineData("env=dev and", 12, "expected a tag key")]
    [InlineData("team in (a,)", 12, "expected a value after ','")]
    [InlineData("team in a", 9, "expected '(' after 'team in'")]
    [InlineData("env=dev env=prod", 9, "expected 'and', 'or' or the end")]
    [InlineData("env=and", 5, "expected a value after 'env='")]
    [InlineData("", 1, "expected a tag key")]
    [InlineData("has", 4, "expected a tag key after 'has'")]
    public void Parse_Malformed_NamesTheKeyAndThePosition(string expression, int position, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => TagExpressionParser.Parse(expression, "changes[0].select.tags"));

        Assert.Equal("changes[0].select.tags", error.Key);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains($"at position {position},", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedQuote_NamesWhereItOpened()
    {
        var error = Assert.Throws<ConfigurationException>(() => TagExpressionParser.Parse("env=dev and owner='x", "--tags"));

        Assert.Equal("--tags: the quote opened at position 19 is never closed.", error.Message);
    }

    [Fact]
    public void Parse_BangWithoutEquals_IsAnError()
    {
        var error = Assert.Throws<ConfigurationException>(() => TagExpressionParser.Parse("!env"));

        Assert.Contains("at position 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WritesAnExpressionThatParsesToTheSameMeaning()
    {
        var expression = TagExpressionParser.Parse("not env='it''s' and team in (a, 'b c') or has x");
        var again = TagExpressionParser.Parse(expression.ToString()!);
        var cases = new[]
        {
            Tags(("env", "it's"), ("team", "a")),
            Tags(("env", "dev"), ("team", "b c")),
            Tags(("x", string.Empty)),
            Tags(("env", "dev"), ("team", "z")),
        };

        Assert.Equal(cases.Select(expression.Matches), cases.Select(again.Matches));
    }
}
