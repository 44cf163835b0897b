using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// The SDK's service errors as <see cref="CollectorException"/>: transient when the SDK's standard retry policy
/// would retry it (so the run records it as one to try again), naming the IAM action a denied call lacked.
/// </summary>
internal static class AwsErrors
{
    public static CollectorException Translate(string serviceId, AwsOperation operation, AmazonServiceException ex, IClientConfig config)
    {
        var policy = new StandardRetryPolicy(config);
        var transient = policy.IsThrottlingError(ex)
            || policy.HttpStatusCodesToRetryOn.Contains(ex.StatusCode)
            || policy.ErrorCodesToRetryOn.Contains(ex.ErrorCode ?? string.Empty);
        var denied = ex.StatusCode == HttpStatusCode.Forbidden
            || (ex.ErrorCode?.Contains("AccessDenied", StringComparison.Ordinal) ?? false)
            || ex.ErrorCode == "UnauthorizedOperation";
        var message = denied
            ? $"{ex.ErrorCode}: {ex.Message} (the role needs {operation.IamAction})"
            : $"{ex.ErrorCode} (HTTP {(int)ex.StatusCode}): {ex.Message}";
        return new CollectorException(serviceId, operation.Name, message, transient, ex.ErrorCode, ex)
        {
            MissingIamAction = denied && ex.ErrorCode is not ("SignatureDoesNotMatch" or "InvalidClientTokenId" or "ExpiredToken" or "ExpiredTokenException") ? operation.IamAction : null,
        };
    }

    public static bool IsExpiredSession(AmazonServiceException ex) => ex.ErrorCode is "ExpiredToken" or "ExpiredTokenException";
}
