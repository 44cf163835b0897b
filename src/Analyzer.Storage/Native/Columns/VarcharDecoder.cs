namespace Analyzer.Storage.Native.Columns;

/// <summary>
/// VARCHAR and its aliases (JSON): decoded from UTF-8 at load, because the bytes die with the chunk. A run of equal
/// values (a workload id on each of its hourly rows) shares one string instead of allocating one per row.
/// </summary>
internal sealed unsafe class VarcharDecoder(string typeName) : ColumnDecoder(typeName)
{
    private string[] values = new string[2048];
    private byte[] lastBytes = new byte[64];
    private int lastLength = -1;
    private string last = string.Empty;

    public override string GetString(int row) => values[row];

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        for (var i = 0; i < count; i++)
        {
            // An invalid row's string_t is garbage: its pointer must not be followed.
            values[i] = IsNull(i) ? string.Empty : Decode(NativeStrings.Bytes(data, i));
        }
    }

    protected override object GetBoxed(int row) => values[row];

    private string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == lastLength && bytes.SequenceEqual(lastBytes.AsSpan(0, lastLength)))
        {
            return last;
        }

        last = System.Text.Encoding.UTF8.GetString(bytes);
        if (bytes.Length <= 256)
        {
            if (lastBytes.Length < bytes.Length)
            {
                lastBytes = new byte[256];
            }

            bytes.CopyTo(lastBytes);
            lastLength = bytes.Length;
        }
        else
        {
            lastLength = -1;
        }

        return last;
    }
}
