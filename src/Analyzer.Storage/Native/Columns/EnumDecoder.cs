namespace Analyzer.Storage.Native.Columns;

/// <summary>ENUM: an unsigned index (8, 16 or 32 bits by dictionary size) into the type's dictionary.</summary>
internal sealed unsafe class EnumDecoder(string[] dictionary, DuckDbType internalType) : ColumnDecoder("ENUM")
{
    private uint[] values = new uint[2048];

    public override string GetString(int row) => dictionary[values[row]];

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        for (var i = 0; i < count; i++)
        {
            values[i] = internalType switch
            {
                DuckDbType.UTinyInt => ((byte*)data)[i],
                DuckDbType.USmallInt => ((ushort*)data)[i],
                _ => ((uint*)data)[i],
            };
        }
    }

    protected override object GetBoxed(int row) => GetString(row);
}
