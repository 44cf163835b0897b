using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.Tests.Aws;

public sealed class AwsRegionNamesTests
{
    [Theory]
    [InlineData("us-east-1", "us-east-1")]
    [InlineData("US East (N. Virginia)", "us-east-1")]
    [InlineData("EU (Ireland)", "eu-west-1")]
    [InlineData("Asia Pacific (Tokyo)", "ap-northeast-1")]
    [InlineData(" eu-central-1 ", "eu-central-1")]
    [InlineData("Moon Base (Tranquility)", "Moon Base (Tranquility)")]
    public void ToCode_CodeOrConsoleName_GivesTheRegionCode(string given, string expected) =>
        Assert.Equal(expected, AwsRegionNames.ToCode(given));
}
