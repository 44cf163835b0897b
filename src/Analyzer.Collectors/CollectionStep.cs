namespace Analyzer.Collectors;

/// <summary>One account/region/source a run finished (or gave up on), for progress displays.</summary>
public sealed record CollectionStep(string AccountId, string Region, string Source, bool Succeeded);
