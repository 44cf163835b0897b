using System.CommandLine;
using Analyzer.Core;
using Analyzer.Core.WhatIf;
using Analyzer.Jobs.WhatIf;

namespace Analyzer.Cli.Commands.WhatIf;

/// <summary>
/// The arguments of one what-if question (scenario files, key=value overrides, selection and change flags, format and
/// top): the `whatif` command's, and each line of an interactive session's, so both read a question the same way.
/// </summary>
internal sealed class WhatIfQuestionOptions
{
    private readonly Argument<string[]> inputs = new("scenario")
    {
        Description = "Scenario files (docs/whatif.md), several side by side; an argument written key=value is a fleet-wide settings override instead.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> format = new("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
    private readonly Option<int> top = new("--top") { Description = "Workload rows the table shows.", DefaultValueFactory = _ => 25 };
    private readonly Option<string?> tags = new("--tags") { Description = "Select workloads by a tag expression: env=dev, team in (a,b), not env=prod, has spot-ok, and, or, ( )." };
    private readonly Option<string[]> accounts = new("--account") { Description = "Select workloads in this account (repeatable)." };
    private readonly Option<string[]> regions = new("--region") { Description = "Select workloads in this region (repeatable)." };
    private readonly Option<string[]> kinds = new("--kind") { Description = "Select workloads of this kind: ec2_instance, asg, ecs_service, lambda_function, eks_fargate_pod (repeatable)." };
    private readonly Option<string[]> ids = new("--id") { Description = "Select this workload id (repeatable)." };
    private readonly Option<string?> name = new("--name") { Description = "Select workloads whose name matches this pattern (* and ?)." };
    private readonly Option<string[]> set = new("--set") { Description = "A settings key=value for the selection only, e.g. riskAppetite=aggressive (repeatable)." };
    private readonly Option<string[]> force = new("--force") { Description = "Move the selection to this option family where feasible, e.g. fargate-spot (repeatable)." };
    private readonly Option<string[]> forbid = new("--forbid") { Description = "Forbid this option family for the selection, e.g. ec2-spot (repeatable)." };
    private readonly Option<double?> demand = new("--demand") { Description = "Scale the selection's CPU demand and invocations, e.g. 2 for traffic x2." };
    private readonly Option<string?> move = new("--move-region") { Description = "Move the selection to this region: every option priced from its catalog, e.g. eu-west-1." };
    private readonly Option<string[]> price = new("--price") { Description = "Scale a kind of price: ec2, ec2-spot, fargate, fargate-spot, lambda, commitments; e.g. ec2-spot=1.3 (repeatable)." };
    private readonly Option<string[]> commitment = new("--add-commitment") { Description = "Add a Compute Savings Plan on top of those held: compute:TERMy:PAYMENT:USD_PER_HOUR, e.g. compute:3y:no:10 (repeatable)." };

    public WhatIfQuestionOptions() => format.AcceptOnlyFromAmong("table", "csv", "json");

    public void AddTo(Command command)
    {
        command.Arguments.Add(inputs);
        foreach (var option in new Option[] { format, top, tags, accounts, regions, kinds, ids, name, set, force, forbid, demand, move, price, commitment })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The question the parsed arguments ask; scenario files resolved against the working directory and checked.</summary>
    public WhatIfQuestion Read(ParseResult parse, CliContext context)
    {
        if (parse.GetValue(top) < 1)
        {
            throw new ConfigurationException("--top", "must be at least 1.");
        }

        var given = parse.GetValue(inputs) ?? [];
        var flags = new ScenarioFlags
        {
            FleetSettings = [.. given.Where(IsOverride)],
            Tags = parse.GetValue(tags),
            Accounts = parse.GetValue(accounts) ?? [],
            Regions = parse.GetValue(regions) ?? [],
            Kinds = parse.GetValue(kinds) ?? [],
            Ids = parse.GetValue(ids) ?? [],
            Name = parse.GetValue(name),
            SelectionSettings = parse.GetValue(set) ?? [],
            Force = parse.GetValue(force) ?? [],
            Forbid = parse.GetValue(forbid) ?? [],
            DemandScale = parse.GetValue(demand),
            MoveRegion = parse.GetValue(move),
            Prices = parse.GetValue(price) ?? [],
            Commitments = parse.GetValue(commitment) ?? [],
        };
        var files = given.Where(g => !IsOverride(g)).Select(f => CommandPaths.ExistingFile(context, "scenario", f)).ToList();
        return new WhatIfQuestion(files, flags, parse.GetValue(format)!, parse.GetValue(top));
    }

    // "key=value" is an override; anything else names a scenario file (a file name with '=' in it is not supported).
    private static bool IsOverride(string argument) => argument.Contains('=', StringComparison.Ordinal);
}
