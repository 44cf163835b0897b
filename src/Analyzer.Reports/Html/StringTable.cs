using System.Text.Json;

namespace Analyzer.Reports.Html;

/// <summary>
/// The workspace data's strings, each written once: a value that repeats across workloads (an account, a region, a tag
/// key or value, a configuration, an option's label or reasoning) is stored as its index in this table.
/// </summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> strings = [];

    public int Count => strings.Count;

    public int IndexOf(string value)
    {
        if (!indexes.TryGetValue(value, out var index))
        {
            index = strings.Count;
            indexes.Add(value, index);
            strings.Add(value);
        }

        return index;
    }

    /// <summary>Writes the string's index, or null for a missing value.</summary>
    public void WriteIndex(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteNumberValue(IndexOf(value));
        }
    }

    public void WriteTo(Utf8JsonWriter json, string name)
    {
        json.WriteStartArray(name);
        foreach (var value in strings)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
