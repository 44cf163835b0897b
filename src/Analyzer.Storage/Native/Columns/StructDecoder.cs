namespace Analyzer.Storage.Native.Columns;

/// <summary>STRUCT: one child vector per field, row-aligned with the parent. Read as a field-name map.</summary>
internal sealed unsafe class StructDecoder(string[] names, ColumnDecoder[] fields) : ColumnDecoder("STRUCT")
{
    public override IReadOnlyDictionary<string, object?> GetMap(int row)
    {
        var map = new Dictionary<string, object?>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            map[names[i]] = fields[i].GetValue(row);
        }

        return map;
    }

    protected override void LoadValues(nint vector, void* data, int count)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].Load(NativeMethods.duckdb_struct_vector_get_child(vector, (ulong)i), count);
        }
    }

    protected override object GetBoxed(int row) => GetMap(row);
}
