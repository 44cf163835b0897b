namespace Analyzer.Collectors.Aws;

/// <summary>One API operation a client can call, and the IAM action that allows it.</summary>
/// <param name="Paid">What one request costs in USD, for services that charge per request (Cost Explorer).</param>
public sealed record AwsOperation(AwsService Service, string Name, decimal Paid = 0m)
{
    public string IamAction => $"{Service.IamPrefix}:{Name}";

    public override string ToString() => $"{Service.ServiceId} {Name}";
}
