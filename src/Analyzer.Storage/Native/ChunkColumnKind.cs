namespace Analyzer.Storage.Native;

/// <summary>The column types <see cref="ChunkWriter"/> writes straight into vector memory.</summary>
internal enum ChunkColumnKind
{
    Boolean,
    Int32,
    Int64,
    Double,
    Varchar,
    Date,
    Timestamp,
    Decimal16,
    Decimal32,
    Decimal64,
    Decimal128,
}
