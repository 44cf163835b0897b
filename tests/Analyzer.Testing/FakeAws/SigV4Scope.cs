namespace Analyzer.Testing.FakeAws;

/// <summary>What an Authorization header claims: key, date, region, service, signed headers and signature.</summary>
public sealed record SigV4Scope(string AccessKeyId, string Date, string Region, string Service, IReadOnlyList<string> SignedHeaders, string Signature);
