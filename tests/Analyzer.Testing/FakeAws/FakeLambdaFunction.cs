namespace Analyzer.Testing.FakeAws;

public sealed record FakeLambdaFunction(string Name, int MemoryMb = 128, int TimeoutSeconds = 3, string Architecture = "x86_64");
