namespace Analyzer.Testing.PriceList;

/// <summary>
/// Small hand-written AWS Price List files in the real layout: the region indexes (offers as an object,
/// Savings Plans as an array), and per-region CSVs with the metadata block before a quoted header, the real
/// column names, OnDemand and Reserved terms, and rows the loader must filter out (Windows, Dedicated,
/// pre-installed SQL, unused capacity reservations, Fargate Windows, provisioned concurrency).
/// </summary>
public static class PriceListFixtures
{
    public const string Version = "20261101000000";

    public static string OffersRegionIndex(string offer) => $$"""
        {
          "formatVersion" : "v1.0",
          "disclaimer" : "This pricing list is for informational purposes only.",
          "publicationDate" : "2026-11-01T00:00:00Z",
          "regions" : {
            "us-east-1" : {
              "regionCode" : "us-east-1",
              "currentVersionUrl" : "/offers/v1.0/aws/{{offer}}/{{Version}}/us-east-1/index.json"
            },
            "eu-west-1" : {
              "regionCode" : "eu-west-1",
              "currentVersionUrl" : "/offers/v1.0/aws/{{offer}}/{{Version}}/eu-west-1/index.json"
            }
          }
        }
        """;

    public const string SavingsPlanRegionIndex = $$"""
        {
          "disclaimer" : "This pricing list is for informational purposes only.",
          "publicationDate" : "2026-11-01T00:00:00Z",
          "regions" : [ {
            "regionCode" : "us-east-1",
            "versionUrl" : "/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/{{Version}}/us-east-1/index.json"
          }, {
            "regionCode" : "eu-west-1",
            "versionUrl" : "/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/{{Version}}/eu-west-1/index.json"
          } ]
        }
        """;

    public static string Metadata(string offer, string publicationDate = "2026-11-01T00:00:00Z") => $"""
        "FormatVersion","v1.0"
        "Disclaimer","This pricing list is for informational purposes only. All prices are subject to the AWS Agreement, and are not binding."
        "Publication Date","{publicationDate}"
        "Version","{Version}"
        "OfferCode","{offer}"

        """;

    private const string Ec2Header =
        "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\",\"EffectiveDate\",\"StartingRange\",\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\",\"RelatedTo\",\"LeaseContractLength\",\"PurchaseOption\",\"OfferingClass\",\"Product Family\",\"serviceCode\",\"Location\",\"Location Type\",\"Instance Type\",\"Current Generation\",\"vCPU\",\"Physical Processor\",\"Memory\",\"Tenancy\",\"Operating System\",\"License Model\",\"usageType\",\"operation\",\"CapacityStatus\",\"Pre Installed S/W\",\"Processor Features\",\"Region Code\"\n";

    /// <summary>EC2 us-east-1 with m5.large on-demand at <paramref name="m5LargeOnDemand"/> (the real value is 0.0960000000).</summary>
    public static string Ec2Csv(string m5LargeOnDemand = "0.0960000000", string publicationDate = "2026-11-01T00:00:00Z") =>
        Metadata("AmazonEC2", publicationDate) + Ec2Header + $$"""
        "A1","JRTCKXETXF","A1.JRTCKXETXF.6YS6EN2CT7","OnDemand","${{m5LargeOnDemand}} per On Demand Linux m5.large Instance Hour","2026-11-01","0","Inf","Hrs","{{m5LargeOnDemand}}","USD","","","","","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Shared","Linux","No License required","BoxUsage:m5.large","RunInstances","Used","NA","Intel AVX, Intel AVX2, Intel AVX512, Intel Turbo","us-east-1"
        "A2","JRTCKXETXF","A2.JRTCKXETXF.6YS6EN2CT7","OnDemand","$0.096 per Unused Reservation Linux m5.large Instance Hour","2026-11-01","0","Inf","Hrs","0.0960000000","USD","","","","","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Shared","Linux","No License required","Reservation:m5.large","RunInstances","UnusedCapacityReservation","NA","Intel AVX, Intel AVX2","us-east-1"
        "A3","JRTCKXETXF","A3.JRTCKXETXF.6YS6EN2CT7","OnDemand","$0.101 per On Demand Linux m5.large Dedicated Instance Hour","2026-11-01","0","Inf","Hrs","0.1010000000","USD","","","","","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Dedicated","Linux","No License required","DedicatedUsage:m5.large","RunInstances","Used","NA","Intel AVX, Intel AVX2","us-east-1"
        "A4","JRTCKXETXF","A4.JRTCKXETXF.6YS6EN2CT7","OnDemand","$0.188 per On Demand Windows m5.large Instance Hour","2026-11-01","0","Inf","Hrs","0.1880000000","USD","","","","","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Shared","Windows","No License required","BoxUsage:m5.large","RunInstances:0002","Used","NA","Intel AVX, Intel AVX2","us-east-1"
        "A5","JRTCKXETXF","A5.JRTCKXETXF.6YS6EN2CT7","OnDemand","$0.576 per On Demand Linux with SQL Std m5.large Instance Hour","2026-11-01","0","Inf","Hrs","0.5760000000","USD","","","","","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Shared","Linux","No License required","BoxUsage:m5.large","RunInstances:0004","Used","SQL Std","Intel AVX, Intel AVX2","us-east-1"
        "B1","JRTCKXETXF","B1.JRTCKXETXF.6YS6EN2CT7","OnDemand","$0.077 per On Demand Linux m6g.large Instance Hour","2026-11-01","0","Inf","Hrs","0.0770000000","USD","","","","","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m6g.large","Yes","2","AWS Graviton2 Processor","8 GiB","Shared","Linux","No License required","BoxUsage:m6g.large","RunInstances","Used","NA","","us-east-1"
        "A1","4NA7Y494T4","A1.4NA7Y494T4.6YS6EN2CT7","Reserved","Linux/UNIX (Amazon VPC), m5.large reserved instance applied","2026-11-01","","","Hrs","0.0600000000","USD","","1yr","No Upfront","standard","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Shared","Linux","No License required","BoxUsage:m5.large","RunInstances","Used","NA","Intel AVX, Intel AVX2","us-east-1"
        "A1","6QCMYABX3D","A1.6QCMYABX3D.2TG2D8R56U","Reserved","Upfront Fee","2026-11-01","","","Quantity","494","USD","","1yr","All Upfront","standard","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Shared","Linux","No License required","BoxUsage:m5.large","RunInstances","Used","NA","Intel AVX, Intel AVX2","us-east-1"
        "A1","6QCMYABX3D","A1.6QCMYABX3D.6YS6EN2CT7","Reserved","USD 0.0 per Linux/UNIX (Amazon VPC), m5.large reserved instance applied","2026-11-01","","","Hrs","0.0000000000","USD","","1yr","All Upfront","standard","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Shared","Linux","No License required","BoxUsage:m5.large","RunInstances","Used","NA","Intel AVX, Intel AVX2","us-east-1"
        "A1","R5XV2EPZQZ","A1.R5XV2EPZQZ.2TG2D8R56U","Reserved","Upfront Fee","2026-11-01","","","Quantity","1003","USD","","3yr","Partial Upfront","convertible","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Shared","Linux","No License required","BoxUsage:m5.large","RunInstances","Used","NA","Intel AVX, Intel AVX2","us-east-1"
        "A1","R5XV2EPZQZ","A1.R5XV2EPZQZ.6YS6EN2CT7","Reserved","Linux/UNIX (Amazon VPC), m5.large reserved instance applied","2026-11-01","","","Hrs","0.0380000000","USD","","3yr","Partial Upfront","convertible","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Shared","Linux","No License required","BoxUsage:m5.large","RunInstances","Used","NA","Intel AVX, Intel AVX2","us-east-1"
        "A4","4NA7Y494T4","A4.4NA7Y494T4.6YS6EN2CT7","Reserved","Windows (Amazon VPC), m5.large reserved instance applied","2026-11-01","","","Hrs","0.1520000000","USD","","1yr","No Upfront","standard","Compute Instance","AmazonEC2","US East (N. Virginia)","AWS Region","m5.large","Yes","2","Intel Xeon Platinum 8175 (Skylake)","8 GiB","Shared","Windows","No License required","BoxUsage:m5.large","RunInstances:0002","Used","NA","Intel AVX, Intel AVX2","us-east-1"

        """;

    private const string SavingsPlanHeader =
        "\"SKU\",\"RateCode\",\"Unit\",\"EffectiveDate\",\"DiscountedRate\",\"Currency\",\"DiscountedSKU\",\"DiscountedServiceCode\",\"DiscountedUsageType\",\"DiscountedOperation\",\"PurchaseOption\",\"LeaseContractLength\",\"LeaseContractLengthUnit\",\"ServiceCode\",\"UsageType\",\"Operation\",\"Description\",\"Instance Family\",\"Location\",\"Granularity\",\"Product Family\"\n";

    public static string SavingsPlanCsv() => Metadata("AWSComputeSavingsPlan") + SavingsPlanHeader + """
        "S1","S1.A1","Hrs","2026-11-01T00:00:00Z","0.071","USD","A1","AmazonEC2","BoxUsage:m5.large","RunInstances","No Upfront","1","year","ComputeSavingsPlans","ComputeSP:1yrNoUpfront"," ","1 year No Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"
        "S1","S1.A4","Hrs","2026-11-01T00:00:00Z","0.163","USD","A4","AmazonEC2","BoxUsage:m5.large","RunInstances:0002","No Upfront","1","year","ComputeSavingsPlans","ComputeSP:1yrNoUpfront"," ","1 year No Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"
        "S1","S1.A3","Hrs","2026-11-01T00:00:00Z","0.075","USD","A3","AmazonEC2","DedicatedUsage:m5.large","RunInstances","No Upfront","1","year","ComputeSavingsPlans","ComputeSP:1yrNoUpfront"," ","1 year No Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"
        "S1","S1.F1","Hrs","2026-11-01T00:00:00Z","0.0323","USD","F1","AmazonECS","USE1-Fargate-vCPU-Hours:perCPU","","No Upfront","1","year","ComputeSavingsPlans","ComputeSP:1yrNoUpfront"," ","1 year No Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"
        "S2","S2.A1","Hrs","2026-11-01T00:00:00Z","0.044","USD","A1","AmazonEC2","BoxUsage:m5.large","RunInstances","All Upfront","3","year","ComputeSavingsPlans","ComputeSP:3yrAllUpfront"," ","3 year All Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"
        "S3","S3.A1","Hrs","2026-11-01T00:00:00Z","0.06","USD","A1","AmazonEC2","BoxUsage:m5.large","RunInstances","No Upfront","1","year","ComputeSavingsPlans","EC2SP:m5.1yrNoUpfront"," ","1 year No Upfront EC2 Instance Savings Plan in us-east-1 for m5","m5","US East (N. Virginia)","hourly","EC2InstanceSavingsPlans"
        "S4","S4.B1","Hrs","2026-11-01T00:00:00Z","0.0578","USD","B1","AmazonEC2","BoxUsage:m6g.large","RunInstances","Partial Upfront","1","year","ComputeSavingsPlans","ComputeSP:1yrPartialUpfront"," ","1 year Partial Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"
        "S1","S1.F2","Hrs","2026-11-01T00:00:00Z","0.00354","USD","F2","AmazonECS","USE1-Fargate-GB-Hours","","No Upfront","1","year","ComputeSavingsPlans","ComputeSP:1yrNoUpfront"," ","1 year No Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"
        "S1","S1.F3","Hrs","2026-11-01T00:00:00Z","0.02584","USD","F3","AmazonECS","USE1-Fargate-ARM-vCPU-Hours:perCPU","","No Upfront","1","year","ComputeSavingsPlans","ComputeSP:1yrNoUpfront"," ","1 year No Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"
        "S1","S1.L1","Lambda-GB-Second","2026-11-01T00:00:00Z","0.0000146667","USD","L1","AWSLambda","Lambda-GB-Second","Invoke","No Upfront","1","year","ComputeSavingsPlans","ComputeSP:1yrNoUpfront"," ","1 year No Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"
        "S1","S1.L2","Lambda-GB-Second","2026-11-01T00:00:00Z","0.0000117333","USD","L2","AWSLambda","Lambda-GB-Second-ARM","Invoke","No Upfront","1","year","ComputeSavingsPlans","ComputeSP:1yrNoUpfront"," ","1 year No Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"
        "S1","S1.L3","Lambda-GB-Second","2026-11-01T00:00:00Z","0.0000035","USD","L3","AWSLambda","Lambda-Provisioned-GB-Second","Invoke","No Upfront","1","year","ComputeSavingsPlans","ComputeSP:1yrNoUpfront"," ","1 year No Upfront Compute Savings Plan","","Any","hourly","ComputeSavingsPlans"

        """;

    private const string LambdaHeader =
        "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\",\"EffectiveDate\",\"StartingRange\",\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\",\"Product Family\",\"serviceCode\",\"Location\",\"Location Type\",\"Group\",\"Group Description\",\"usagetype\",\"operation\",\"Region Code\",\"serviceName\"\n";

    public static string LambdaCsv() => Metadata("AWSLambda") + LambdaHeader + """
        "L1","JRTCKXETXF","L1.JRTCKXETXF.1","OnDemand","AWS Lambda - Total Compute - US East (N. Virginia)","2026-11-01","0","6000000000","Lambda-GB-Second","0.0000166667","USD","Serverless","AWSLambda","US East (N. Virginia)","AWS Region","AWS-Lambda-Duration","Invocation call duration","Lambda-GB-Second","","us-east-1","AWS Lambda"
        "L1","JRTCKXETXF","L1.JRTCKXETXF.2","OnDemand","AWS Lambda - Total Compute - US East (N. Virginia)","2026-11-01","6000000000","15000000000","Lambda-GB-Second","0.0000150000","USD","Serverless","AWSLambda","US East (N. Virginia)","AWS Region","AWS-Lambda-Duration","Invocation call duration","Lambda-GB-Second","","us-east-1","AWS Lambda"
        "L1","JRTCKXETXF","L1.JRTCKXETXF.3","OnDemand","AWS Lambda - Total Compute - US East (N. Virginia)","2026-11-01","15000000000","Inf","Lambda-GB-Second","0.0000133334","USD","Serverless","AWSLambda","US East (N. Virginia)","AWS Region","AWS-Lambda-Duration","Invocation call duration","Lambda-GB-Second","","us-east-1","AWS Lambda"
        "L2","JRTCKXETXF","L2.JRTCKXETXF.1","OnDemand","AWS Lambda - Total Compute (ARM) - US East (N. Virginia)","2026-11-01","0","7500000000","Lambda-GB-Second","0.0000133334","USD","Serverless","AWSLambda","US East (N. Virginia)","AWS Region","AWS-Lambda-Duration-ARM","Invocation call duration for ARM","Lambda-GB-Second-ARM","","us-east-1","AWS Lambda"
        "L2","JRTCKXETXF","L2.JRTCKXETXF.2","OnDemand","AWS Lambda - Total Compute (ARM) - US East (N. Virginia)","2026-11-01","7500000000","Inf","Lambda-GB-Second","0.0000120001","USD","Serverless","AWSLambda","US East (N. Virginia)","AWS Region","AWS-Lambda-Duration-ARM","Invocation call duration for ARM","Lambda-GB-Second-ARM","","us-east-1","AWS Lambda"
        "L3","JRTCKXETXF","L3.JRTCKXETXF.1","OnDemand","AWS Lambda - Requests - US East (N. Virginia)","2026-11-01","0","Inf","Requests","0.0000002000","USD","Serverless","AWSLambda","US East (N. Virginia)","AWS Region","AWS-Lambda-Requests","Invocation call for a Lambda function","Request","","us-east-1","AWS Lambda"
        "L4","JRTCKXETXF","L4.JRTCKXETXF.1","OnDemand","AWS Lambda - Requests (ARM) - US East (N. Virginia)","2026-11-01","0","Inf","Requests","0.0000002000","USD","Serverless","AWSLambda","US East (N. Virginia)","AWS Region","AWS-Lambda-Requests-ARM","Invocation call for a Lambda function on ARM","Request-ARM","","us-east-1","AWS Lambda"
        "L5","JRTCKXETXF","L5.JRTCKXETXF.1","OnDemand","AWS Lambda - Provisioned Concurrency - US East (N. Virginia)","2026-11-01","0","Inf","Lambda-GB-Second","0.0000041667","USD","Serverless","AWSLambda","US East (N. Virginia)","AWS Region","AWS-Lambda-Provisioned-Concurrency","Provisioned concurrency","Lambda-Provisioned-Concurrency","","us-east-1","AWS Lambda"

        """;

    private const string EcsHeader =
        "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\",\"EffectiveDate\",\"StartingRange\",\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\",\"Product Family\",\"serviceCode\",\"Location\",\"Location Type\",\"Storage Type\",\"CPU Architecture\",\"Memory Type\",\"vCPU\",\"usagetype\",\"operation\",\"Operating System\",\"Region Code\",\"serviceName\"\n";

    public static string EcsCsv() => Metadata("AmazonECS") + EcsHeader + """
        "E1","JRTCKXETXF","E1.JRTCKXETXF.1","OnDemand","AWS Fargate - vCPU - US East (N. Virginia)","2026-11-01","0","Inf","hours","0.0404800000","USD","Compute","AmazonECS","US East (N. Virginia)","AWS Region","","x86","","per vCPU per hour","USE1-Fargate-vCPU-Hours:perCPU","","","us-east-1","Amazon EC2 Container Service"
        "E2","JRTCKXETXF","E2.JRTCKXETXF.1","OnDemand","AWS Fargate - Memory - US East (N. Virginia)","2026-11-01","0","Inf","GB-Hours","0.0044450000","USD","Compute Metering","AmazonECS","US East (N. Virginia)","AWS Region","","x86","per GB per hour","","USE1-Fargate-GB-Hours","","","us-east-1","Amazon EC2 Container Service"
        "E3","JRTCKXETXF","E3.JRTCKXETXF.1","OnDemand","AWS Fargate - ARM - vCPU - US East (N. Virginia)","2026-11-01","0","Inf","hours","0.0323800000","USD","Compute","AmazonECS","US East (N. Virginia)","AWS Region","","ARM","","per vCPU per hour","USE1-Fargate-ARM-vCPU-Hours:perCPU","","","us-east-1","Amazon EC2 Container Service"
        "E4","JRTCKXETXF","E4.JRTCKXETXF.1","OnDemand","AWS Fargate - ARM - Memory - US East (N. Virginia)","2026-11-01","0","Inf","GB-Hours","0.0035600000","USD","Compute Metering","AmazonECS","US East (N. Virginia)","AWS Region","","ARM","per GB per hour","","USE1-Fargate-ARM-GB-Hours","","","us-east-1","Amazon EC2 Container Service"
        "E5","JRTCKXETXF","E5.JRTCKXETXF.1","OnDemand","AWS Fargate - Ephemeral Storage - US East (N. Virginia)","2026-11-01","0","Inf","GB-Hours","0.0001110000","USD","Compute Metering","AmazonECS","US East (N. Virginia)","AWS Region","ephemeral","","","","USE1-Fargate-EphemeralStorage-GB-Hours","","","us-east-1","Amazon EC2 Container Service"
        "E6","JRTCKXETXF","E6.JRTCKXETXF.1","OnDemand","AWS Fargate Spot - vCPU - US East (N. Virginia)","2026-11-01","0","Inf","hours","0.0126435500","USD","Compute","AmazonECS","US East (N. Virginia)","AWS Region","","x86","","per vCPU per hour","USE1-SpotUsage-Fargate-vCPU-Hours:perCPU","","","us-east-1","Amazon EC2 Container Service"
        "E7","JRTCKXETXF","E7.JRTCKXETXF.1","OnDemand","AWS Fargate Spot - Memory - US East (N. Virginia)","2026-11-01","0","Inf","GB-Hours","0.0013883500","USD","Compute Metering","AmazonECS","US East (N. Virginia)","AWS Region","","x86","per GB per hour","","USE1-SpotUsage-Fargate-GB-Hours","","","us-east-1","Amazon EC2 Container Service"
        "E8","JRTCKXETXF","E8.JRTCKXETXF.1","OnDemand","AWS Fargate - Windows - vCPU - US East (N. Virginia)","2026-11-01","0","Inf","hours","0.0914800000","USD","Compute","AmazonECS","US East (N. Virginia)","AWS Region","","x86","","per vCPU per hour","USE1-Fargate-Windows-vCPU-Hours:perCPU","","Windows","us-east-1","Amazon EC2 Container Service"
        "E9","JRTCKXETXF","E9.JRTCKXETXF.1","OnDemand","AWS Fargate - Windows OS license - US East (N. Virginia)","2026-11-01","0","Inf","hours","0.0460000000","USD","Compute","AmazonECS","US East (N. Virginia)","AWS Region","","x86","","per vCPU per hour","USE1-Fargate-Windows-OS-Hours:perCPU","","Windows","us-east-1","Amazon EC2 Container Service"

        """;

    /// <summary>An EC2 file whose header lacks "Instance Type" and "Tenancy": the downloader must refuse it.</summary>
    public static string Ec2CsvMissingColumns() => Metadata("AmazonEC2") + """
        "SKU","OfferTermCode","RateCode","TermType","PriceDescription","EffectiveDate","StartingRange","EndingRange","Unit","PricePerUnit","Currency","RelatedTo","LeaseContractLength","PurchaseOption","OfferingClass","Product Family","serviceCode","Location","Operating System","usageType","operation","CapacityStatus","Pre Installed S/W"
        "A1","JRTCKXETXF","A1.JRTCKXETXF.6YS6EN2CT7","OnDemand","$0.096 per On Demand Linux m5.large Instance Hour","2026-11-01","0","Inf","Hrs","0.0960000000","USD","","","","","Compute Instance","AmazonEC2","US East (N. Virginia)","Linux","BoxUsage:m5.large","RunInstances","Used","NA"

        """;

    /// <summary>An EC2 file with a good header but a price that is not a number: the load must fail and roll back.</summary>
    public static string Ec2CsvBadPrice() => Ec2Csv(m5LargeOnDemand: "zero point one");

    /// <summary>The files a Price List server for us-east-1 serves, by URL path.</summary>
    public static IReadOnlyDictionary<string, string> UsEast1(string? ec2Csv = null) => new Dictionary<string, string>
    {
        ["/offers/v1.0/aws/AmazonEC2/current/region_index.json"] = OffersRegionIndex("AmazonEC2"),
        ["/offers/v1.0/aws/AWSLambda/current/region_index.json"] = OffersRegionIndex("AWSLambda"),
        ["/offers/v1.0/aws/AmazonECS/current/region_index.json"] = OffersRegionIndex("AmazonECS"),
        ["/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json"] = SavingsPlanRegionIndex,
        [$"/offers/v1.0/aws/AmazonEC2/{Version}/us-east-1/index.csv"] = ec2Csv ?? Ec2Csv(),
        [$"/offers/v1.0/aws/AWSLambda/{Version}/us-east-1/index.csv"] = LambdaCsv(),
        [$"/offers/v1.0/aws/AmazonECS/{Version}/us-east-1/index.csv"] = EcsCsv(),
        [$"/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/{Version}/us-east-1/index.csv"] = SavingsPlanCsv(),
    };
}
