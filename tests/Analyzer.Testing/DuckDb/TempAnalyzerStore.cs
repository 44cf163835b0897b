using Analyzer.Storage;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Testing.DuckDb;

/// <summary>
/// A migrated <see cref="AnalyzerStore"/> in a temp file, deleted on dispose: the real schema, ready for
/// <see cref="AnalyzerStore.Load"/> or hand-written INSERTs.
/// </summary>
public sealed class TempAnalyzerStore : IDisposable
{
    private readonly TempDuckDbFile file = new();

    public TempAnalyzerStore(TimeProvider? time = null) => Store = AnalyzerStore.Open(file.Path, time ?? TimeProvider.System);

    public AnalyzerStore Store { get; }

    public string Path => file.Path;

    public DuckDbConnection Connect() => Store.Connect();

    public void Dispose()
    {
        Store.Dispose();
        file.Dispose();
    }
}
