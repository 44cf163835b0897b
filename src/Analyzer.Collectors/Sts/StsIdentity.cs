using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.Sts;

/// <summary>STS (query protocol, API 2011-06-15): GetCallerIdentity, to name the account of the ambient credentials.</summary>
public static class StsIdentity
{
    public static async Task<string> GetAccountIdAsync(AwsClientOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var operation = AwsOperations.GetCallerIdentity;
        using var sdk = AwsServiceClient.Create(AwsService.Sts, options);
        var body = await sdk.SendAsync(AwsRequest.Query(operation, []), cancellationToken).ConfigureAwait(false);
        var root = AwsXml.Parse(operation, body);
        var account = root.Child("GetCallerIdentityResult")?.Text("Account");
        return string.IsNullOrEmpty(account) ? throw AwsXml.Malformed(operation, "no Account element") : account;
    }
}
