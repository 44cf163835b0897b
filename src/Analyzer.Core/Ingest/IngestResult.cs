namespace Analyzer.Core.Ingest;

/// <summary>Row counts written by one batch load, and the collection run it was recorded as.</summary>
public sealed record IngestResult(string RunId, int Accounts, int Workloads, int Samples, int CostLines);
