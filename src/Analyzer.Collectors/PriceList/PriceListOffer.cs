namespace Analyzer.Collectors.PriceList;

/// <summary>
/// An AWS Price List offer Analyzer refreshes, with where its region index lives and the CSV columns the loader
/// reads from it. Savings Plans publish under /savingsPlan, the others under /offers.
/// </summary>
public sealed record PriceListOffer(string Code, string RegionIndexPath, IReadOnlyList<string> RequiredColumns)
{
    public static PriceListOffer Ec2 { get; } = new(
        "AmazonEC2",
        "/offers/v1.0/aws/AmazonEC2/current/region_index.json",
        ["SKU", "OfferTermCode", "TermType", "Unit", "PricePerUnit", "Currency", "LeaseContractLength", "PurchaseOption",
         "OfferingClass", "Product Family", "Instance Type", "Tenancy", "Operating System", "Pre Installed S/W",
         "CapacityStatus", "operation"]);

    public static PriceListOffer ComputeSavingsPlan { get; } = new(
        "AWSComputeSavingsPlan",
        "/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json",
        ["DiscountedRate", "Currency", "DiscountedServiceCode", "DiscountedUsageType", "DiscountedOperation",
         "PurchaseOption", "LeaseContractLength", "LeaseContractLengthUnit", "UsageType", "Product Family"]);

    public static PriceListOffer Lambda { get; } = new(
        "AWSLambda",
        "/offers/v1.0/aws/AWSLambda/current/region_index.json",
        ["TermType", "StartingRange", "PricePerUnit", "Currency", "Group"]);

    /// <summary>Fargate is priced in the ECS offer.</summary>
    public static PriceListOffer Ecs { get; } = new(
        "AmazonECS",
        "/offers/v1.0/aws/AmazonECS/current/region_index.json",
        ["TermType", "PricePerUnit", "Currency", "usagetype"]);

    public static IReadOnlyList<PriceListOffer> All { get; } = [Ec2, ComputeSavingsPlan, Lambda, Ecs];
}
