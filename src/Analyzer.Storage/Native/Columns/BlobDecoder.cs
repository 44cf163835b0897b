namespace Analyzer.Storage.Native.Columns;

/// <summary>BLOB: same layout as VARCHAR, copied out as bytes.</summary>
internal sealed unsafe class BlobDecoder() : ColumnDecoder("BLOB")
{
    private byte[][] values = new byte[2048][];

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        for (var i = 0; i < count; i++)
        {
            values[i] = IsNull(i) ? [] : NativeStrings.Bytes(data, i).ToArray();
        }
    }

    protected override object GetBoxed(int row) => values[row];
}
