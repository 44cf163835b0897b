using System.Text;
using Analyzer.Storage.Native;

namespace Analyzer.Storage.DuckDb;

// MAP(VARCHAR, VARCHAR) values (workload tags) go through DuckDB's value API: the appender has no direct MAP call.
public sealed unsafe partial class DuckDbAppender
{
    /// <summary>A MAP(VARCHAR, VARCHAR); null appends NULL.</summary>
    public DuckDbAppender Append(IReadOnlyDictionary<string, string>? value)
    {
        if (value is null)
        {
            return AppendNull();
        }

        mapType ??= CreateVarcharMapType();
        var count = value.Count;
        var owned = new List<ValueHandle>(count * 2);
        var keys = new nint[Math.Max(count, 1)];
        var values = new nint[Math.Max(count, 1)];
        try
        {
            var i = 0;
            foreach (var (k, v) in value)
            {
                keys[i] = Own(owned, k);
                values[i] = Own(owned, v);
                i++;
            }

            fixed (nint* keyPointer = keys)
            fixed (nint* valuePointer = values)
            {
                using var map = NativeMethods.duckdb_create_map_value(mapType, keyPointer, valuePointer, (ulong)count);
                if (map.IsInvalid)
                {
                    faulted = true;
                    throw new StorageException("DuckDB could not build a MAP(VARCHAR, VARCHAR) value.");
                }

                return Check(NativeMethods.duckdb_append_value(handle, map));
            }
        }
        finally
        {
            foreach (var item in owned)
            {
                item.Dispose();
            }
        }
    }

    private static LogicalTypeHandle CreateVarcharMapType()
    {
        using var varchar = NativeMethods.duckdb_create_logical_type(DuckDbType.Varchar);
        return NativeMethods.duckdb_create_map_type(varchar, varchar);
    }

    private static nint Own(List<ValueHandle> owned, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        byte empty = 0;
        ValueHandle value;
        fixed (byte* pointer = bytes)
        {
            value = NativeMethods.duckdb_create_varchar_length(bytes.Length == 0 ? &empty : pointer, (ulong)bytes.Length);
        }

        owned.Add(value);
        return value.DangerousGetHandle();
    }
}
