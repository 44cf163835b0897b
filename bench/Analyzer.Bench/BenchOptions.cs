using System.Globalization;

namespace Analyzer.Bench;

/// <summary>
/// The benchmark's command line: a fleet size (a named scale or a replica count), days of samples kept, runs per
/// step, and where the results go. --reuse skips the ingest steps when the scale's store is already there (to measure
/// the later steps again); --ingest-only stops after the ingest steps (to measure the load path alone).
/// </summary>
internal sealed record BenchOptions(int Replicas, int Days, int Runs, string Label, string Scale, string Directory, string ResultsCsv, bool Peer, bool Reports, bool Reuse, bool IngestOnly)
{
    public const string Usage =
        "Usage: Analyzer.Bench [--scale small|medium|large | --replicas N] [--days D] [--runs R] [--label L] [--dir DIR] [--csv FILE] [--no-peer] [--no-reports] [--reuse] [--ingest-only] [--batch-size N] [--no-whatif]";

    // small, medium and large are about 1,000, 10,000 and 100,000 workloads: 3, 23 and 223 demos side by side.
    private static readonly Dictionary<string, int> Scales = new(StringComparer.Ordinal) { ["small"] = 3, ["medium"] = 23, ["large"] = 223 };

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var scale = "small";
        int? replicas = null;
        var days = 90;
        int? runs = null;
        var label = "local";
        var directory = Path.Combine(Path.GetTempPath(), "analyzer-bench");
        var csv = Path.Combine("bench", "results.csv");
        var peer = true;
        var reports = true;
        var reuse = false;
        var ingestOnly = false;
        int? batchSize = null;
        var whatIf = true;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            int Number(int min, int max)
            {
                var name = args[i];
                var text = Value();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                    ? n
                    : throw new ArgumentException($"{name} takes a whole number from {min} to {max}, not '{text}'.");
            }

            switch (args[i])
            {
                case "--scale":
                    scale = Value();
                    if (!Scales.ContainsKey(scale))
                    {
                        throw new ArgumentException($"--scale is small, medium or large, not '{scale}'.");
                    }

                    break;
                case "--replicas": replicas = Number(1, 1000); break;
                case "--days": days = Number(1, 90); break;
                case "--runs": runs = Number(1, 20); break;
                case "--label": label = Value(); break;
                case "--dir": directory = Value(); break;
                case "--csv": csv = Value(); break;
                case "--no-peer": peer = false; break;
                case "--no-reports": reports = false; break;
                case "--reuse": reuse = true; break;
                case "--ingest-only": ingestOnly = true; break;
                case "--batch-size": batchSize = Number(1, 1_000_000); break;
                case "--no-whatif": whatIf = false; break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'. {Usage}");
            }
        }

        var n = replicas ?? Scales[scale];
        // Three runs make a median; a 100,000-workload load is minutes long, so one run there unless asked.
        return new BenchOptions(n, days, runs ?? (n >= 100 ? 1 : 3), label, replicas is null ? scale : $"{n}x", directory, csv, peer, reports, reuse, ingestOnly) { BatchSize = batchSize, WhatIf = whatIf };
    }

    /// <summary>Workloads the analysis evaluates together (<c>AnalysisEngine.BatchSize</c>); null: the engine's default.</summary>
    public int? BatchSize { get; init; }

    /// <summary>
    /// Whether the what-if step runs: it holds the whole fleet's hourly series at once (scenarios side by side reuse
    /// them), about 2 GB per 10,000 workloads, so a 100,000-workload run leaves it out.
    /// </summary>
    public bool WhatIf { get; init; } = true;
}
