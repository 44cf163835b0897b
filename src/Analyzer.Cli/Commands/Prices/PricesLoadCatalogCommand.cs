using System.CommandLine;
using System.Globalization;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Pricing;

namespace Analyzer.Cli.Commands.Prices;

/// <summary><c>analyzer prices load-catalog</c>: (re)load the price catalog shipped with Analyzer into the store.</summary>
public static class PricesLoadCatalogCommand
{
    public static Command Create(Option<string> databaseOption, TimeProvider time)
    {
        var directory = new Option<string?>("--directory") { Description = "Catalog folder (default: catalog/pricing beside the binaries)." };
        var command = new Command("load-catalog", "Load the shipped price catalog into the store (replaces the same sources and dates).") { directory };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            using var store = AnalyzerStore.Open(parse.GetRequiredValue(databaseOption), time);
            using var connection = store.Connect();
            var result = ShippedPriceCatalog.Load(connection, time, parse.GetValue(directory));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Loaded the shipped price catalog: {result.Ec2Prices} EC2 prices, {result.CommitmentRates} Savings Plans and RI rates, {result.FargateRates} Fargate and {result.LambdaRates} Lambda rates, {result.InstanceTypes} instance types."));
            return ExitCodes.Success;
        });
        return command;
    }
}
