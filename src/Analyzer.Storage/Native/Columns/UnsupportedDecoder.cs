namespace Analyzer.Storage.Native.Columns;

/// <summary>A type the reader does not decode (INTERVAL, UNION, ARRAY, ...): its NULLs are known, its values refused.</summary>
internal sealed unsafe class UnsupportedDecoder(string typeName) : ColumnDecoder(typeName)
{
    protected override void LoadValues(nint vector, void* data, int count)
    {
    }

    protected override object GetBoxed(int row) =>
        throw new NotSupportedException($"The DuckDB reader does not decode {TypeName} values; cast the column in SQL.");
}
