namespace Analyzer.Testing.Moto;

/// <summary>What <see cref="MotoServer.SeedAsync"/> created that tests need by id.</summary>
/// <param name="FirstInstance">The first ungrouped instance, the one with CPU datapoints.</param>
public sealed record MotoSeed(string FirstInstance);
