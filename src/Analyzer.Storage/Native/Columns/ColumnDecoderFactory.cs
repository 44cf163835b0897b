using System.Globalization;

namespace Analyzer.Storage.Native.Columns;

/// <summary>Builds the decoder tree for one result column from its logical type.</summary>
internal static class ColumnDecoderFactory
{
    public static ColumnDecoder Create(LogicalTypeHandle type)
    {
        var id = NativeMethods.duckdb_get_type_id(type);
        return id switch
        {
            DuckDbType.Boolean => new BooleanDecoder(),
            DuckDbType.TinyInt => new IntegerDecoder<sbyte>("TINYINT"),
            DuckDbType.SmallInt => new IntegerDecoder<short>("SMALLINT"),
            DuckDbType.Integer => new IntegerDecoder<int>("INTEGER"),
            DuckDbType.BigInt => new IntegerDecoder<long>("BIGINT"),
            DuckDbType.UTinyInt => new IntegerDecoder<byte>("UTINYINT"),
            DuckDbType.USmallInt => new IntegerDecoder<ushort>("USMALLINT"),
            DuckDbType.UInteger => new IntegerDecoder<uint>("UINTEGER"),
            DuckDbType.UBigInt => new IntegerDecoder<ulong>("UBIGINT"),
            DuckDbType.HugeInt => new IntegerDecoder<Int128>("HUGEINT"),
            DuckDbType.UHugeInt => new IntegerDecoder<UInt128>("UHUGEINT"),
            DuckDbType.Float => new FloatDecoder<float>("FLOAT"),
            DuckDbType.Double => new FloatDecoder<double>("DOUBLE"),
            DuckDbType.Decimal => new DecimalDecoder(
                NativeMethods.duckdb_decimal_width(type),
                NativeMethods.duckdb_decimal_scale(type),
                NativeMethods.duckdb_decimal_internal_type(type)),
            DuckDbType.Varchar => new VarcharDecoder(NativeMethods.duckdb_logical_type_get_alias(type).ReadAndFree() ?? "VARCHAR"),
            DuckDbType.Blob => new BlobDecoder(),
            DuckDbType.Date => new DateDecoder(),
            DuckDbType.Time => new TimeDecoder(),
            DuckDbType.Timestamp => new TimestampDecoder("TIMESTAMP", TimeSpan.TicksPerMicrosecond, 1, withTimeZone: false),
            DuckDbType.TimestampS => new TimestampDecoder("TIMESTAMP_S", TimeSpan.TicksPerSecond, 1, withTimeZone: false),
            DuckDbType.TimestampMs => new TimestampDecoder("TIMESTAMP_MS", TimeSpan.TicksPerMillisecond, 1, withTimeZone: false),
            DuckDbType.TimestampNs => new TimestampDecoder("TIMESTAMP_NS", 1, 100, withTimeZone: false),
            DuckDbType.TimestampTz => new TimestampDecoder("TIMESTAMP WITH TIME ZONE", TimeSpan.TicksPerMicrosecond, 1, withTimeZone: true),
            DuckDbType.Uuid => new UuidDecoder(),
            DuckDbType.Enum => CreateEnum(type),
            DuckDbType.List => CreateList(type),
            DuckDbType.Map => CreateMap(type),
            DuckDbType.Struct => CreateStruct(type),
            _ => new UnsupportedDecoder(id.ToString().ToUpperInvariant()),
        };
    }

    private static ListDecoder CreateList(LogicalTypeHandle type)
    {
        using var child = NativeMethods.duckdb_list_type_child_type(type);
        return new ListDecoder(Create(child));
    }

    private static MapDecoder CreateMap(LogicalTypeHandle type)
    {
        using var key = NativeMethods.duckdb_map_type_key_type(type);
        using var value = NativeMethods.duckdb_map_type_value_type(type);
        return new MapDecoder(Create(key), Create(value));
    }

    private static StructDecoder CreateStruct(LogicalTypeHandle type)
    {
        var count = checked((int)NativeMethods.duckdb_struct_type_child_count(type));
        var names = new string[count];
        var fields = new ColumnDecoder[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = NativeMethods.duckdb_struct_type_child_name(type, (ulong)i).ReadAndFree()
                ?? string.Create(CultureInfo.InvariantCulture, $"field{i}");
            using var child = NativeMethods.duckdb_struct_type_child_type(type, (ulong)i);
            fields[i] = Create(child);
        }

        return new StructDecoder(names, fields);
    }

    private static EnumDecoder CreateEnum(LogicalTypeHandle type)
    {
        var size = NativeMethods.duckdb_enum_dictionary_size(type);
        var dictionary = new string[size];
        for (var i = 0u; i < size; i++)
        {
            dictionary[i] = NativeMethods.duckdb_enum_dictionary_value(type, i).ReadAndFree() ?? string.Empty;
        }

        return new EnumDecoder(dictionary, NativeMethods.duckdb_enum_internal_type(type));
    }
}
