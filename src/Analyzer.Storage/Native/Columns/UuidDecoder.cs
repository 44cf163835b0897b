namespace Analyzer.Storage.Native.Columns;

/// <summary>UUID: a hugeint whose top bit is flipped so that signed order is UUID order.</summary>
internal sealed unsafe class UuidDecoder() : ColumnDecoder("UUID")
{
    private Guid[] values = new Guid[2048];

    public override string GetString(int row) => values[row].ToString();

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        var raw = new ReadOnlySpan<UInt128>(data, count);
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < count; i++)
        {
            var value = raw[i] ^ (UInt128.One << 127);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
            values[i] = new Guid(bytes, bigEndian: true);
        }
    }

    protected override object GetBoxed(int row) => values[row];
}
