using Analyzer.Core.SavingsPlans;
using Analyzer.Core.WhatIf;

namespace Analyzer.Analysis.WhatIf;

/// <summary>A commitment a scenario added, and what it does on the scenario's fleet; <see cref="Effect"/> null where the catalog has no rates for its plan, term and payment.</summary>
public sealed record WhatIfAddedCommitment(AddedCommitment Commitment, AddedCommitmentEffect? Effect);
