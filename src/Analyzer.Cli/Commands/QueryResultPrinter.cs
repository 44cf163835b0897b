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

    private static string Format(DuckDbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        null => string.Empty,
        DateTime instant => instant.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var value => value.ToString() ?? string.Empty,
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
