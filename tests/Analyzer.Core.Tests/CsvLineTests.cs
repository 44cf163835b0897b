namespace Analyzer.Core.Tests;

public sealed class CsvLineTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("", new[] { "" })]
    [InlineData("a,,", new[] { "a", "", "" })]
    // A quoted field keeps its commas; a doubled quote inside it is one quote.
    [InlineData("\"m5.large, Linux\",\"say \"\"hi\"\"\",0.096", new[] { "m5.large, Linux", "say \"hi\"", "0.096" })]
    // The Price List's header lines: every field quoted.
    [InlineData("\"SKU\",\"OfferTermCode\",\"PricePerUnit\"", new[] { "SKU", "OfferTermCode", "PricePerUnit" })]
    public void Split_Rfc4180Line_GivesItsFields(string line, string[] expected) => Assert.Equal(expected, CsvLine.Split(line));

    [Theory]
    [InlineData("\"open")]
    [InlineData("a,\"b,c")]
    [InlineData("\"ends with a doubled quote\"\"")]
    public void Split_QuoteNotClosed_IsNull(string line) => Assert.Null(CsvLine.Split(line));
}
