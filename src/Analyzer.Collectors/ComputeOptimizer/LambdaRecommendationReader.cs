using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.ComputeOptimizer;

/// <summary>One lambdaFunctionRecommendations item (GetLambdaFunctionRecommendations), keeping the rank-1 memory size.</summary>
internal static class LambdaRecommendationReader
{
    /// <summary>arn:aws:lambda:region:account:function:name, before any :version or :alias qualifier.</summary>
    private const int UnqualifiedParts = 7;

    public static LambdaRecommendation Parse(AwsOperation operation, string accountId, string region, JsonElement r)
    {
        var arn = r.String("functionArn") ?? throw AwsXml.Malformed(operation, "a recommendation has no functionArn");
        var parts = arn.Split(':');
        if (parts.Length < UnqualifiedParts || parts[5] != "function" || parts[6].Length == 0)
        {
            throw AwsXml.Malformed(operation, $"functionArn '{arn}' is not a Lambda function ARN");
        }

        JsonElement? self = r;
        var best = r.Best("memorySizeRecommendationOptions");
        return new LambdaRecommendation(
            r.String("accountId") ?? accountId,
            region,
            arn,
            parts[6],
            r.String("functionVersion"),
            // LambdaInventoryCollector uses ListFunctions' FunctionArn, which is unqualified.
            string.Join(':', parts.Take(UnqualifiedParts)),
            self.WholeNumber("currentMemorySize"),
            r.String("finding") ?? "Unknown",
            r.Reasons(),
            best.WholeNumber("memorySize"),
            best.MonthlySavings(),
            best.SavingsPercent(),
            self.Days("lookbackPeriodInDays"),
            self.Timestamp("lastRefreshTimestamp"));
    }
}
