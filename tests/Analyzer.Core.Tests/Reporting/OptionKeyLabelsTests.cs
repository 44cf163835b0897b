using Analyzer.Core.Reporting;

namespace Analyzer.Core.Tests.Reporting;

public sealed class OptionKeyLabelsTests
{
    [Theory]
    [InlineData("reserved-instance:ri-standard:3y:all:t4g.xlarge", "Reserved Instance: standard, 3-year, all upfront, t4g.xlarge")]
    [InlineData("savings-plan:compute:1y:no", "Savings Plan: Compute plan, 1-year, no upfront")]
    [InlineData("fargate:arm64:0.25vcpu-2gb", "Fargate: arm64, 0.25 vCPU / 2 GB")]
    [InlineData("ec2-rightsized:m7g.large", "EC2 rightsized: m7g.large")]
    [InlineData("current", "Current")]
    [InlineData("something-new:x", "something-new: x")]
    public void Describe_EngineKey_ReadsAsWords(string key, string expected) => Assert.Equal(expected, OptionKeyLabels.Describe(key));
}
