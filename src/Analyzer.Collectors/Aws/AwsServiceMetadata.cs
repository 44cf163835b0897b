using Amazon.Runtime.Internal;

namespace Analyzer.Collectors.Aws;

internal sealed class AwsServiceMetadata(AwsService service) : IServiceMetadata
{
    public string ServiceId => service.ServiceId;

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>();
}
