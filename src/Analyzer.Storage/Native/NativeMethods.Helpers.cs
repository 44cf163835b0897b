using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

// C API section: Helpers.
internal static partial class NativeMethods
{
    [LibraryImport(Library)]
    internal static partial void duckdb_free(nint pointer);
}
