using System.CommandLine;
using Analyzer.Core;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Cli.Commands;

/// <summary>`analyzer sql`: runs ad-hoc SQL, or a named query from queries/adhoc, against the store, read-only.</summary>
internal static class SqlCommand
{
    public static Command Create(CliContext context, Option<string> store)
    {
        var named = new Option<string?>("--query") { Description = "Run a named query from queries/adhoc (see --list)." };
        var list = new Option<bool>("--list") { Description = "List the named queries." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var text = new Argument<string?>("sql") { Description = "The SQL to run (one statement).", Arity = ArgumentArity.ZeroOrOne };

        var command = new Command("sql", "Run ad-hoc SQL or a named query against the store (read-only).") { named, list, format, text };
        command.Validators.Add(result =>
        {
            var given = new[] { result.GetValue(text) is not null, result.GetValue(named) is not null, result.GetValue(list) }.Count(x => x);
            if (given != 1)
            {
                result.AddError("Give exactly one of: an SQL text, --query NAME, or --list.");
            }
        });
        command.SetAction(parse =>
        {
            if (parse.GetValue(list))
            {
                foreach (var name in QueryCatalog.Names("adhoc/"))
                {
                    context.Output.WriteLine(name["adhoc/".Length..]);
                }

                return ExitCodes.Success;
            }

            var sql = parse.GetValue(named) is { } queryName ? NamedQuery(queryName) : parse.GetValue(text)!;
            var path = CommandPaths.ExistingStore(context, parse.GetValue(store)!);

            // A private read-only copy: DuckDB itself refuses every write, file, URL and extension, and the store's
            // lock is never taken, so a running analyze or collect neither blocks nor is blocked by a query.
            using var snapshot = StoreSnapshot.Open(path);
            using var connection = snapshot.Connect();
            using var reader = Refused(() =>
            {
                using var statement = connection.Prepare(sql);
                return statement.ExecuteReader();
            });
            QueryResultPrinter.Print(reader, parse.GetValue(format)!, context.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string NamedQuery(string name) =>
        QueryCatalog.Names("adhoc/").Contains("adhoc/" + name, StringComparer.Ordinal)
            ? QueryCatalog.Get("adhoc/" + name)
            : throw new ConfigurationException("--query", $"no named query '{name}'; 'analyzer sql --list' shows them.");

    private static DuckDbDataReader Refused(Func<DuckDbDataReader> run)
    {
        try
        {
            return run();
        }
        catch (StorageException ex) when (ex.Refusal)
        {
            // The store is the record of collections and runs: a query must not change it or reach outside it.
            throw new ConfigurationException("sql", $"runs read-only queries only (SELECT, WITH, DESCRIBE, EXPLAIN) and reaches no file or network; DuckDB refused: {ex.Message}");
        }
    }
}
