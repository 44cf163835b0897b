using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Analyzer.Collectors.Aws;

/// <summary>Sits after the SDK's retry handler, so it sees every attempt that goes on the wire.</summary>
internal sealed class AwsAttemptCounter : PipelineHandler
{
    /// <summary>Set after construction: the SDK builds the pipeline inside the client's base constructor.</summary>
    public AwsCallCounter? Counter { get; set; }

    /// <summary>For a generated SDK client: the operation each of its request types is.</summary>
    public Func<AmazonWebServiceRequest, AwsOperation?>? Operations { get; init; }

    public override void InvokeSync(IExecutionContext executionContext)
    {
        Count(executionContext);
        base.InvokeSync(executionContext);
    }

    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        Count(executionContext);
        return base.InvokeAsync<T>(executionContext);
    }

    private void Count(IExecutionContext executionContext)
    {
        var original = executionContext?.RequestContext.OriginalRequest;
        var operation = original is AwsRequest request ? request.Operation : original is null ? null : Operations?.Invoke(original);
        if (operation is not null)
        {
            Counter?.Count(operation);
        }
    }
}
