namespace Analyzer.Analysis;

/// <summary>A batch of the staged window's workload keys (window_keys.sql), both ends inclusive.</summary>
internal readonly record struct KeyRange(int From, int To);
