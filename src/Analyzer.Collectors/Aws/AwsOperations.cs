namespace Analyzer.Collectors.Aws;

/// <summary>
/// Every operation the clients can call. Clients may only invoke operations listed here, and a test checks
/// docker/iam-policy.json grants exactly these actions, so the policy and the code cannot drift apart.
/// </summary>
public static class AwsOperations
{
    public static readonly AwsOperation DescribeInstances = new(AwsService.Ec2, "DescribeInstances");

    public static readonly AwsOperation DescribeInstanceTypes = new(AwsService.Ec2, "DescribeInstanceTypes");

    /// <summary>Finds which instances report the CloudWatch agent's mem_used_percent.</summary>
    public static readonly AwsOperation ListMetrics = new(AwsService.CloudWatch, "ListMetrics");

    public static readonly AwsOperation ListClusters = new(AwsService.Ecs, "ListClusters");

    public static readonly AwsOperation ListServices = new(AwsService.Ecs, "ListServices");

    public static readonly AwsOperation DescribeServices = new(AwsService.Ecs, "DescribeServices");

    public static readonly AwsOperation DescribeTaskDefinition = new(AwsService.Ecs, "DescribeTaskDefinition");

    public static readonly AwsOperation DescribeSpotPriceHistory = new(AwsService.Ec2, "DescribeSpotPriceHistory");

    /// <summary>On-Demand Capacity Reservations, read-only.</summary>
    public static readonly AwsOperation DescribeCapacityReservations = new(AwsService.Ec2, "DescribeCapacityReservations");

    /// <summary>Dedicated Hosts, read-only.</summary>
    public static readonly AwsOperation DescribeHosts = new(AwsService.Ec2, "DescribeHosts");

    /// <summary>Reserved Instances held, read-only.</summary>
    public static readonly AwsOperation DescribeReservedInstances = new(AwsService.Ec2, "DescribeReservedInstances");

    public static readonly AwsOperation GetEc2InstanceRecommendations = new(AwsService.ComputeOptimizer, "GetEC2InstanceRecommendations");

    public static readonly AwsOperation GetAutoScalingGroupRecommendations = new(AwsService.ComputeOptimizer, "GetAutoScalingGroupRecommendations");

    public static readonly AwsOperation GetLambdaFunctionRecommendations = new(AwsService.ComputeOptimizer, "GetLambdaFunctionRecommendations");

    public static readonly AwsOperation GetEcsServiceRecommendations = new(AwsService.ComputeOptimizer, "GetECSServiceRecommendations");

    /// <summary>The regions enabled for the account, when `analyzer collect` is given none.</summary>
    public static readonly AwsOperation DescribeRegions = new(AwsService.Ec2, "DescribeRegions");

    public static readonly AwsOperation ListFunctions = new(AwsService.Lambda, "ListFunctions");

    /// <summary>Billed by metrics requested ($0.01 per 1,000), counted by <see cref="AwsCallCounter.MetricsRequested"/>.</summary>
    public static readonly AwsOperation GetMetricData = new(AwsService.CloudWatch, "GetMetricData");

    /// <summary>Cost Explorer charges $0.01 per API request.</summary>
    public static readonly AwsOperation GetCostAndUsage = new(AwsService.CostExplorer, "GetCostAndUsage", 0.01m);

    public static readonly AwsOperation GetSavingsPlansUtilization = new(AwsService.CostExplorer, "GetSavingsPlansUtilization", 0.01m);

    public static readonly AwsOperation GetSavingsPlansUtilizationDetails = new(AwsService.CostExplorer, "GetSavingsPlansUtilizationDetails", 0.01m);

    public static readonly AwsOperation GetSavingsPlansCoverage = new(AwsService.CostExplorer, "GetSavingsPlansCoverage", 0.01m);

    public static readonly AwsOperation GetSavingsPlansPurchaseRecommendation = new(AwsService.CostExplorer, "GetSavingsPlansPurchaseRecommendation", 0.01m);

    public static readonly AwsOperation GetRightsizingRecommendation = new(AwsService.CostExplorer, "GetRightsizingRecommendation", 0.01m);

    public static readonly AwsOperation GetCostAndUsageWithResources = new(AwsService.CostExplorer, "GetCostAndUsageWithResources", 0.01m);

    /// <summary>The stored bytes of the Lambda log groups, the upper bound of what a Logs Insights query scans (opt-in).</summary>
    public static readonly AwsOperation DescribeLogGroups = new(AwsService.CloudWatchLogs, "DescribeLogGroups");

    /// <summary>Logs Insights: billed by the bytes scanned ($0.005 per GB), counted by <see cref="AwsCallCounter.LogsBytesScanned"/>.</summary>
    public static readonly AwsOperation StartQuery = new(AwsService.CloudWatchLogs, "StartQuery");

    public static readonly AwsOperation GetQueryResults = new(AwsService.CloudWatchLogs, "GetQueryResults");

    /// <summary>Names the ambient credentials' account; AWS allows it without any IAM permission.</summary>
    public static readonly AwsOperation GetCallerIdentity = new(AwsService.Sts, "GetCallerIdentity");

    public static IReadOnlyList<AwsOperation> All { get; } =
    [
        DescribeInstances, DescribeInstanceTypes, ListMetrics, ListClusters, ListServices, DescribeServices, DescribeTaskDefinition,
        ListFunctions, DescribeSpotPriceHistory, GetEc2InstanceRecommendations, GetMetricData, GetCostAndUsage, GetCallerIdentity,
        GetAutoScalingGroupRecommendations, GetLambdaFunctionRecommendations, GetEcsServiceRecommendations, DescribeRegions,
        GetSavingsPlansUtilization, GetSavingsPlansUtilizationDetails, GetSavingsPlansCoverage, GetSavingsPlansPurchaseRecommendation,
        GetRightsizingRecommendation, GetCostAndUsageWithResources, DescribeCapacityReservations, DescribeHosts, DescribeReservedInstances, DescribeLogGroups, StartQuery, GetQueryResults,
    ];
}
