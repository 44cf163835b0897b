using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Analyzer.Collectors.Aws;

/// <summary>Sits after the SDK's retry handler, so it sees every attempt that goes on the wire.</summary>
internal sealed class AwsAttemptCounter(AwsCallCounter counter) : PipelineHandler
{
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
        if (executionContext?.RequestContext.OriginalRequest is AwsRequest request)
        {
            counter.Count(request.Operation);
        }
    }
}
