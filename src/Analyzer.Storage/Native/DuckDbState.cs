namespace Analyzer.Storage.Native;

/// <summary>duckdb_state: the return code of every fallible C API call.</summary>
internal enum DuckDbState
{
    Success = 0,
    Error = 1,
}
