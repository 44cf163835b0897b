using System.CommandLine;
using System.Globalization;
using Analyzer.Core.Pricing;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Pricing;

namespace Analyzer.Cli.Commands.Prices;

/// <summary>
/// <c>analyzer prices show --region R (--type T | --fargate | --lambda) [--as-of D]</c>: every price the catalog
/// holds for it with date and source, marking the one analysis would use on the date, and naming what is missing.
/// The shipped catalog is loaded first if the store lacks it.
/// </summary>
public static class PricesShowCommand
{
    public static Command Create(Option<string> databaseOption, TimeProvider time)
    {
        var region = new Option<string>("--region") { Description = "Region, e.g. us-east-1.", Required = true };
        var type = new Option<string?>("--type") { Description = "EC2 instance type, e.g. m5.large." };
        var fargate = new Option<bool>("--fargate") { Description = "Show Fargate rates." };
        var lambda = new Option<bool>("--lambda") { Description = "Show Lambda rates." };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Show what was known on this date (default: today, UTC)." };
        var command = new Command("show", "Show the catalog's prices for an instance type, Fargate or Lambda in a region.") { region, type, fargate, lambda, asOf };
        command.Validators.Add(result =>
        {
            var chosen = (result.GetValue(type) is null ? 0 : 1) + (result.GetValue(fargate) ? 1 : 0) + (result.GetValue(lambda) ? 1 : 0);
            if (chosen != 1)
            {
                result.AddError("Give exactly one of --type T, --fargate or --lambda.");
            }
        });
        command.SetAction(parse =>
        {
            var date = parse.GetValue(asOf) ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            using var store = AnalyzerStore.Open(parse.GetRequiredValue(databaseOption), time);
            using var connection = store.Connect();
            ShippedPriceCatalog.EnsureLoaded(connection, time);
            var view = new PriceView(
                PriceCatalogReader.ReadAllDates(connection, date),
                PriceCatalogReader.Read(connection, date),
                parse.GetRequiredValue(region),
                date);
            var lines = parse.GetValue(type) is { } instanceType ? view.Ec2(instanceType)
                : parse.GetValue(fargate) ? view.Fargate()
                : view.Lambda();
            foreach (var line in lines.Text)
            {
                parse.InvocationConfiguration.Output.WriteLine(line);
            }

            return lines.AnyPrice ? ExitCodes.Success : ExitCodes.NothingFound;
        });
        return command;
    }
}
