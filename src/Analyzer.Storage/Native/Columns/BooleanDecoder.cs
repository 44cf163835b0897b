namespace Analyzer.Storage.Native.Columns;

internal sealed unsafe class BooleanDecoder() : ColumnDecoder("BOOLEAN")
{
    private byte[] values = new byte[2048];

    public override bool GetBoolean(int row) => values[row] != 0;

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        new ReadOnlySpan<byte>(data, count).CopyTo(values);
    }

    protected override object GetBoxed(int row) => GetBoolean(row);
}
