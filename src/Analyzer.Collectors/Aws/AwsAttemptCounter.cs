using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// Sits after the SDK's retry handler, so it sees every attempt that goes on the wire, and which of them AWS
/// answered rather than refused: a request refused for authorization (AccessDenied, a bad signature or token) or
/// throttled, or one that got no answer (a timeout, a reset), is not billed; any other answer, an error such as
/// DataUnavailableException included, is counted as billed, so the estimate errs high rather than low.
/// </summary>
internal sealed class AwsAttemptCounter : PipelineHandler
{
    /// <summary>Set after construction: the SDK builds the pipeline inside the client's base constructor.</summary>
    public AwsCallCounter? Counter { get; set; }

    /// <summary>For a generated SDK client: the operation each of its request types is.</summary>
    public Func<AmazonWebServiceRequest, AwsOperation?>? Operations { get; init; }

    public override void InvokeSync(IExecutionContext executionContext)
    {
        var operation = Count(executionContext);
        try
        {
            base.InvokeSync(executionContext);
        }
        catch (AmazonServiceException ex) when (!Refused(ex))
        {
            Answered(operation);
            throw;
        }

        Answered(operation);
    }

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        var operation = Count(executionContext);
        T response;
        try
        {
            response = await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }
        catch (AmazonServiceException ex) when (!Refused(ex))
        {
            Answered(operation);
            throw;
        }

        Answered(operation);
        return response;
    }

    /// <summary>Refused before any work: authorization, authentication or throttling.</summary>
    internal static bool Refused(AmazonServiceException ex) =>
        ex.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.TooManyRequests
        || ex.ErrorCode is { } code && (code.Contains("AccessDenied", StringComparison.Ordinal) || code.Contains("Throttl", StringComparison.Ordinal)
            || code is "UnauthorizedOperation" or "SignatureDoesNotMatch" or "InvalidClientTokenId" or "ExpiredToken" or "ExpiredTokenException"
                or "UnrecognizedClientException" or "MissingAuthenticationToken" or "RequestLimitExceeded" or "TooManyRequestsException");

    private AwsOperation? Count(IExecutionContext executionContext)
    {
        var original = executionContext?.RequestContext.OriginalRequest;
        var operation = original is AwsRequest request ? request.Operation : original is null ? null : Operations?.Invoke(original);
        if (operation is not null)
        {
            Counter?.Count(operation);
            return operation;
        }

        return null;
    }

    private void Answered(AwsOperation? operation)
    {
        if (operation is not null)
        {
            Counter?.CountAnswered(operation);
        }
    }
}
