using Analyzer.Analysis.WhatIf;
using Analyzer.Core.WhatIf;
using Analyzer.Storage;

namespace Analyzer.Jobs.WhatIf;

/// <summary>
/// What-ifs against one baseline run with the store opened read-only once: the engine keeps the store's data after the
/// first scenario, so every next one over the same window is answered from memory (`analyzer whatif --interactive`
/// asks many questions of one session; files side by side are one session too).
/// </summary>
public sealed class WhatIfSession : IDisposable
{
    private readonly StoreSnapshot snapshot;
    private readonly WhatIfEngine engine;

    private WhatIfSession(StoreSnapshot snapshot, WhatIfEngine engine, WhatIfBaseline baseline)
    {
        this.snapshot = snapshot;
        this.engine = engine;
        Baseline = baseline;
    }

    public WhatIfBaseline Baseline { get; }

    /// <summary>A session against <paramref name="runId"/> (null: the latest succeeded run); null when the store has no such run.</summary>
    public static WhatIfSession? Open(string storePath, string? runId, TimeProvider time)
    {
        var snapshot = StoreSnapshot.OpenInPlace(storePath);
        try
        {
            var engine = new WhatIfEngine(snapshot.Connect, time);
            if (engine.Baseline(runId) is { } baseline)
            {
                return new WhatIfSession(snapshot, engine, baseline);
            }
        }
        catch
        {
            snapshot.Dispose();
            throw;
        }

        snapshot.Dispose();
        return null;
    }

    public WhatIfResult Answer(Scenario scenario, CancellationToken cancellationToken) => engine.Evaluate(Baseline, scenario, cancellationToken);

    public void Dispose() => snapshot.Dispose();
}
