using System.Text;

namespace Analyzer.Core;

/// <summary>
/// One physical line of RFC 4180 CSV split into its fields: a quoted field may hold commas and doubled quotes. The AWS
/// Price List's CSV offers and the benchmark's results file are read with it.
/// </summary>
public static class CsvLine
{
    /// <returns>The fields in order; null when a quoted field is not closed on the line.</returns>
    public static IReadOnlyList<string>? Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString());
        return fields;
    }
}
