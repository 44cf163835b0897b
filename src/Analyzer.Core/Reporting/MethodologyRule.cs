using Analyzer.Core.Options;

namespace Analyzer.Core.Reporting;

/// <summary>The rule the engine applies for one option, in words.</summary>
public sealed record MethodologyRule(OptionFamily Option, string Rule);
