using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>Where a demo workload lives and who owns it.</summary>
internal sealed record DemoPlacement(Account Account, DemoRegion Region, string Env, string Team, string App);
