using System.CommandLine;

namespace Analyzer.Cli.Commands.Prices;

/// <summary>
/// <c>analyzer prices</c>: what the price catalog holds (<c>show</c>), loading the shipped catalog
/// (<c>load-catalog</c>) and adding rates from the public AWS Price List (<c>refresh</c>).
/// </summary>
public static class PricesCommand
{
    /// <param name="databaseOption">The root's store path option (recursive), read by each subcommand.</param>
    /// <param name="httpClientFactory">Creates the client the refresh downloads with (no credentials are sent).</param>
    public static Command Create(Option<string> databaseOption, TimeProvider time, Func<HttpClient> httpClientFactory)
    {
        var command = new Command("prices", "Show, load and refresh the price catalog (public AWS prices with their dates and sources).");
        command.Subcommands.Add(PricesShowCommand.Create(databaseOption, time));
        command.Subcommands.Add(PricesLoadCatalogCommand.Create(databaseOption, time));
        command.Subcommands.Add(PricesRefreshCommand.Create(databaseOption, time, httpClientFactory));
        return command;
    }
}
