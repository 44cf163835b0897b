namespace Analyzer.Storage.Native.Columns;

/// <summary>VARCHAR and its aliases (JSON): decoded from UTF-8 at load, because the bytes die with the chunk.</summary>
internal sealed unsafe class VarcharDecoder(string typeName) : ColumnDecoder(typeName)
{
    private string[] values = new string[2048];

    public override string GetString(int row) => values[row];

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        for (var i = 0; i < count; i++)
        {
            // An invalid row's string_t is garbage: its pointer must not be followed.
            values[i] = IsNull(i) ? string.Empty : NativeStrings.Read(data, i);
        }
    }

    protected override object GetBoxed(int row) => values[row];
}
