namespace Analyzer.Storage.Native.Columns;

/// <summary>
/// duckdb_string_t: 16 bytes, a uint32 length then either the bytes inlined (length &lt;= 12) or a 4-byte prefix and a
/// pointer into memory the chunk owns.
/// </summary>
internal static unsafe class NativeStrings
{
    public const int Size = 16;
    private const int InlineLength = 12;

    public static ReadOnlySpan<byte> Bytes(void* data, int row)
    {
        var entry = (byte*)data + ((nint)row * Size);
        var length = *(uint*)entry;
        var bytes = length <= InlineLength ? entry + 4 : *(byte**)(entry + 8);
        return new ReadOnlySpan<byte>(bytes, checked((int)length));
    }
}
