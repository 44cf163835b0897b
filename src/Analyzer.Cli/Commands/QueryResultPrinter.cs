using System.Collections;
using System.Globalization;
using Analyzer.Jobs.Progress;
using Analyzer.Storage.DuckDb;
using Spectre.Console;

namespace Analyzer.Cli.Commands;

/// <summary>Prints a query result as a table on a terminal or as CSV for scripts; control characters from the data are shown escaped.</summary>
internal static class QueryResultPrinter
{
    public static void Print(DuckDbDataReader reader, string format, TextWriter output)
    {
        if (format == "csv")
        {
            PrintCsv(reader, output);
            return;
        }

        if (format == "json")
        {
            QueryResultJson.Write(reader, output);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            table.AddColumn(Markup.Escape(TerminalText.Sanitize(reader.GetName(i))));
        }

        while (reader.Read())
        {
            table.AddRow(Enumerable.Range(0, reader.FieldCount).Select(i => Markup.Escape(TerminalText.Sanitize(Format(reader, i)))).ToArray());
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Write(table);
    }

    private static void PrintCsv(DuckDbDataReader reader, TextWriter output)
    {
        output.WriteLine(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => Quote(TerminalText.Sanitize(reader.GetName(i), keepLineBreaks: true)))));
        while (reader.Read())
        {
            output.WriteLine(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => Quote(TerminalText.Sanitize(Format(reader, i), keepLineBreaks: true)))));
        }
    }

    private static string Format(DuckDbDataReader reader, int ordinal) => Text(reader.GetValue(ordinal), top: true);

    // A MAP prints as {key=value, ...} and a LIST as [a, b], nested as deep as they go; NULL inside one is "null".
    private static string Text(object? value, bool top = false) => value switch
    {
        null => top ? string.Empty : "null",
        string text => text,
        DateTime instant => instant.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(k => $"{Text(k)}={Text(map[k])}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(v => Text(v))) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
