using Analyzer.Collectors.PriceList;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Time;
using Analyzer.Storage.Pricing;
using Analyzer.Testing.PriceList;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// `prices refresh` reads EC2 Instance Savings Plan rates from the public Savings Plans offer file (AWSComputeSavingsPlan
/// holds both plan types: Product Family "EC2InstanceSavingsPlans", UsageType "EC2SP:m5.1yrNoUpfront"), and the fleet
/// commitment advice prices the plan with them (the fake Price List endpoint serving the real CSV shape).
/// </summary>
public sealed class Ec2InstanceSavingsPlanRefreshTests : IDisposable
{
    private const string M5Large = "us-east-1/m5.large";
    private readonly EngineStore store = new();
    private readonly string downloads = Directory.CreateTempSubdirectory("ec2sp-prices-").FullName;

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(downloads, recursive: true);
    }

    [Fact]
    public async Task Refresh_SavingsPlansOfferFile_FillsEc2InstanceRatesTheAdviceUses()
    {
        // The offer file (published 2026-11-01) has m5.large at 0.06 for a 1-year No Upfront EC2 Instance plan in us-east-1
        // and 0.071 for the Compute plan; on demand 0.096.
        using (var server = new PriceListServer(PriceListFixtures.UsEast1()))
        using (var http = new HttpClient())
        {
            var files = await new PriceListClient(http, server.BaseUri).DownloadRegionAsync("us-east-1", downloads, CancellationToken.None);
            using var connection = store.Store.Connect();
            PriceListLoader.Load(connection, files, store.Time);
        }

        List<SavingsPlanOffer> offers;
        using (var connection = store.Store.Connect())
        {
            var prices = PriceBookReader.Read(connection, new DateOnly(2026, 11, 22), ["us-east-1"]).Rows.ToBook();
            offers = FleetSavingsPlans.Offers(prices, [(M5Large, 0.096m)]);
        }

        // Rate ratios: EC2 Instance 0.06 / 0.096 = 0.625; Compute 0.071 / 0.096 = 0.739583...
        var ec2Instance = Assert.Single(offers, o => o.Label == "ec2instance:1y:no");
        Assert.Equal(0.625m, ec2Instance.RateRatios[M5Large]);
        // 10 x m5.large every hour of a day ($0.96/h on demand): the EC2 Instance plan covers it all with 10 x 0.06 = $0.60/h,
        // saving (0.96 - 0.60) x 730 = $262.80/month; the Compute plan needs $0.71/h and saves (0.96 - 0.71) x 730 = $182.50.
        var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var hours = Enumerable.Range(0, 24).Select(_ => (IReadOnlyList<SpendItem>)[new SpendItem(M5Large, 0.96m)]).ToArray();
        var spend = new FleetSpend(hours, new Dictionary<string, (string Key, decimal MonthlyUsd)>(StringComparer.Ordinal));
        var advice = CommitmentAdvisor.AdviseRecommended(spend, offers, HeldCommitments.From([], new Period(start, start.AddHours(24)), null), 20, 0m);

        var byLabel = advice.Candidates.ToDictionary(c => c.Label, StringComparer.Ordinal);
        Assert.Equal((0.60m, 262.80m), (Math.Round(byLabel["ec2instance:1y:no"].HourlyCommitment, 6), Math.Round(byLabel["ec2instance:1y:no"].MonthlyNetSavings, 2)));
        Assert.Equal((0.71m, 182.50m), (Math.Round(byLabel["compute:1y:no"].HourlyCommitment, 6), Math.Round(byLabel["compute:1y:no"].MonthlyNetSavings, 2)));
        // The file's 3-year All Upfront Compute rate (0.044) is deeper still: 0.44/h saving (0.96 - 0.44) x 730 = $379.60.
        Assert.Equal(("compute:3y:all", 379.60m), (advice.Best!.Label, Math.Round(advice.Best.MonthlyNetSavings, 2)));
    }
}
