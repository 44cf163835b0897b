namespace Analyzer.Storage.Native.Columns;

/// <summary>LIST: per row an (offset, length) slice of one child vector, which is decoded whole at load.</summary>
internal sealed unsafe class ListDecoder(ColumnDecoder child) : ColumnDecoder($"{child.TypeName}[]")
{
    private NativeListEntry[] entries = new NativeListEntry[2048];

    public override IReadOnlyList<object?> GetList(int row)
    {
        var entry = entries[row];
        var items = new object?[entry.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = child.GetValue((int)entry.Offset + i);
        }

        return items;
    }

    protected override void LoadValues(nint vector, void* data, int count)
    {
        entries = Ensure(entries, count);
        new ReadOnlySpan<NativeListEntry>(data, count).CopyTo(entries);
        child.Load(NativeMethods.duckdb_list_vector_get_child(vector), checked((int)NativeMethods.duckdb_list_vector_get_size(vector)));
    }

    protected override object GetBoxed(int row) => GetList(row);
}
