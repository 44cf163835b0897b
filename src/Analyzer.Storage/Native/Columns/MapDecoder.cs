using System.Globalization;

namespace Analyzer.Storage.Native.Columns;

/// <summary>
/// MAP(K, V): physically a LIST of STRUCT(key, value). Keys are returned as text (DuckDB map keys are never NULL).
/// </summary>
internal sealed unsafe class MapDecoder(ColumnDecoder keys, ColumnDecoder values)
    : ColumnDecoder($"MAP({keys.TypeName}, {values.TypeName})")
{
    private NativeListEntry[] entries = new NativeListEntry[2048];

    public override IReadOnlyDictionary<string, object?> GetMap(int row)
    {
        var entry = entries[row];
        var map = new Dictionary<string, object?>((int)entry.Length, StringComparer.Ordinal);
        for (var i = (int)entry.Offset; i < (int)(entry.Offset + entry.Length); i++)
        {
            var key = Convert.ToString(keys.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty;
            map[key] = values.GetValue(i);
        }

        return map;
    }

    protected override void LoadValues(nint vector, void* data, int count)
    {
        entries = Ensure(entries, count);
        new ReadOnlySpan<NativeListEntry>(data, count).CopyTo(entries);
        var pairs = NativeMethods.duckdb_list_vector_get_child(vector);
        var size = checked((int)NativeMethods.duckdb_list_vector_get_size(vector));
        keys.Load(NativeMethods.duckdb_struct_vector_get_child(pairs, 0), size);
        values.Load(NativeMethods.duckdb_struct_vector_get_child(pairs, 1), size);
    }

    protected override object GetBoxed(int row) => GetMap(row);
}
