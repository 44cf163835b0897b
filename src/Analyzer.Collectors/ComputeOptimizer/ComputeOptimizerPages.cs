using System.Text.Json;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.ComputeOptimizer;

/// <summary>
/// One Compute Optimizer Get*Recommendations operation for one account and region, 1,000 a page (the API's
/// maximum, so the call count is the minimum), following nextToken. A page is parsed whole before any of it is kept.
/// </summary>
internal static class ComputeOptimizerPages
{
    public const int MaxResults = 1000;

    /// <summary>The parsed recommendations, or null when the account answers OptInRequiredException.</summary>
    public static async Task<IReadOnlyList<T>?> ReadAsync<T>(
        AwsClientOptions options,
        AwsOperation operation,
        string accountId,
        string region,
        string listField,
        Func<JsonElement, T> parse,
        CancellationToken cancellationToken)
    {
        using var sdk = AwsServiceClient.Create(AwsService.ComputeOptimizer, options with { Region = region });
        var found = new List<T>();
        string? nextToken = null;
        do
        {
            byte[] body;
            try
            {
                body = await sdk.SendAsync(AwsRequest.Json(operation, AwsJson.Body(new Dictionary<string, object?>
                {
                    ["accountIds"] = new[] { accountId },
                    ["maxResults"] = MaxResults,
                    ["nextToken"] = nextToken,
                })), cancellationToken).ConfigureAwait(false);
            }
            catch (CollectorException ex) when (ex.ErrorCode == ComputeOptimizerCollector.NotEnrolledCode)
            {
                return null;
            }

            nextToken = AwsJson.Read(operation, body, root =>
            {
                found.AddRange(root.Array(listField).Select(parse).ToList());
                return root.String("nextToken");
            });
        }
        while (!string.IsNullOrEmpty(nextToken));

        return found;
    }
}
