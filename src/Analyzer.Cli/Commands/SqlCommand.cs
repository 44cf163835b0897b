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
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var parameters = new Option<string[]>("--param") { Description = "A parameter NAME=VALUE, bound (never spliced) as $NAME (repeatable); a named query's header lists its parameters." };
        var text = new Argument<string?>("sql") { Description = "The SQL to run (one statement).", Arity = ArgumentArity.ZeroOrOne };

        var command = new Command("sql", "Run ad-hoc SQL or a named query against the store (read-only).") { named, list, format, parameters, text };
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
                foreach (var query in AdhocQuery.All())
                {
                    var takes = query.Parameters.Count == 0 ? string.Empty : " (" + string.Join(", ", query.Parameters.Select(p => "$" + p)) + ")";
                    context.Output.WriteLine($"{query.Name}{takes}: {query.Purpose}");
                }

                return ExitCodes.Success;
            }

            var given = Parameters(parse.GetValue(parameters) ?? []);
            var (sql, args) = parse.GetValue(named) is { } queryName ? NamedQuery(queryName, given) : (parse.GetValue(text)!, given.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal));
            var path = CommandPaths.ExistingStore(context, parse.GetValue(store)!);

            // A private read-only copy: DuckDB itself refuses every write, file, URL and extension, and the store's
            // lock is never taken, so a running analyze or collect neither blocks nor is blocked by a query.
            using var snapshot = StoreSnapshot.Open(path);
            using var connection = snapshot.Connect();
            using var reader = Refused(() =>
            {
                using var statement = connection.Prepare(sql);
                return statement.ExecuteReader(args);
            });
            QueryResultPrinter.Print(reader, parse.GetValue(format)!, context.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static (string Sql, IReadOnlyDictionary<string, object?> Args) NamedQuery(string name, Dictionary<string, string> given)
    {
        var query = AdhocQuery.Find(name) ?? throw new ConfigurationException("--query", $"no named query '{name}'; 'analyzer sql --list' shows them.");
        if (given.Keys.FirstOrDefault(k => !query.Parameters.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            var takes = query.Parameters.Count == 0 ? "none" : string.Join(", ", query.Parameters);
            throw new ConfigurationException("--param", $"'{unknown}' is not a parameter of {name}; it takes {takes}.");
        }

        return (query.Sql, query.Bind(given));
    }

    // NAME=VALUE, each bound as the text VALUE; the queries cast it to the type they need.
    private static Dictionary<string, string> Parameters(string[] texts)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? text[..eq].Trim().TrimStart('$') : string.Empty;
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ConfigurationException("--param", $"'{text}' is not written NAME=VALUE with a name of letters, digits and '_'.");
            }

            parameters[name] = text[(eq + 1)..];
        }

        return parameters;
    }

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
