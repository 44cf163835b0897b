using System.CommandLine;
using Analyzer.Core;
using Analyzer.Core.WhatIf;
using Analyzer.Jobs.WhatIf;

namespace Analyzer.Cli.Commands.WhatIf;

/// <summary>
/// `analyzer whatif [scenario.json ...] [key=value ...]`: re-evaluates the store's data under one or more scenarios
/// (files, flags, or both: the flags apply on top of each file) and prints each against the baseline run. Never writes
/// the store. docs/whatif.md describes the scenario file.
/// </summary>
internal static class WhatIfCommand
{
    public static Command Create(CliContext context, Option<string> store)
    {
        var inputs = new Argument<string[]>("scenario")
        {
            Description = "Scenario files (docs/whatif.md), several side by side; an argument written key=value is a fleet-wide settings override instead.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var run = new Option<string?>("--run") { Description = "Baseline analysis run id; default the latest succeeded run." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var top = new Option<int>("--top") { Description = "Workload rows the table shows.", DefaultValueFactory = _ => 25 };
        var tags = new Option<string?>("--tags") { Description = "Select workloads by a tag expression: env=dev, team in (a,b), not env=prod, has spot-ok, and, or, ( )." };
        var accounts = new Option<string[]>("--account") { Description = "Select workloads in this account (repeatable)." };
        var regions = new Option<string[]>("--region") { Description = "Select workloads in this region (repeatable)." };
        var kinds = new Option<string[]>("--kind") { Description = "Select workloads of this kind: ec2_instance, asg, ecs_service, lambda_function, eks_fargate_pod (repeatable)." };
        var ids = new Option<string[]>("--id") { Description = "Select this workload id (repeatable)." };
        var name = new Option<string?>("--name") { Description = "Select workloads whose name matches this pattern (* and ?)." };
        var set = new Option<string[]>("--set") { Description = "A settings key=value for the selection only, e.g. riskAppetite=aggressive (repeatable)." };
        var force = new Option<string[]>("--force") { Description = "Move the selection to this option family where feasible, e.g. fargate-spot (repeatable)." };
        var forbid = new Option<string[]>("--forbid") { Description = "Forbid this option family for the selection, e.g. ec2-spot (repeatable)." };
        var demand = new Option<double?>("--demand") { Description = "Scale the selection's CPU demand and invocations, e.g. 2 for traffic x2." };
        var move = new Option<string?>("--move-region") { Description = "Move the selection to this region: every option priced from its catalog, e.g. eu-west-1." };
        var price = new Option<string[]>("--price") { Description = "Scale a kind of price: ec2, ec2-spot, fargate, fargate-spot, lambda, commitments; e.g. ec2-spot=1.3 (repeatable)." };
        var commitment = new Option<string[]>("--add-commitment") { Description = "Add a Compute Savings Plan on top of those held: compute:TERMy:PAYMENT:USD_PER_HOUR, e.g. compute:3y:no:10 (repeatable)." };
        var save = new Option<string?>("--save") { Description = "Save the scenario and its result in the store under this name (letters, digits, . _ -): the next report shows it as a section." };
        var list = new Option<bool>("--list") { Description = "List the saved what-ifs." };
        var delete = new Option<string?>("--delete") { Description = "Delete the what-if saved under this name." };
        var command = new Command("whatif", "Answer a what-if scenario from the store's data against an analysis run, without writing anything.")
        {
            inputs, run, format, top, tags, accounts, regions, kinds, ids, name, set, force, forbid, demand, move, price, commitment, save, list, delete,
        };
        command.SetAction((parse, cancellationToken) =>
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
            var request = new WhatIfRequest(
                CommandPaths.ExistingStore(context, parse.GetValue(store)!), parse.GetValue(run), files, flags, parse.GetValue(format)!, parse.GetValue(top))
            {
                Save = parse.GetValue(save) is { } saveName ? SavedScenarioName.Check(saveName, "--save") : null,
                List = parse.GetValue(list),
                Delete = parse.GetValue(delete) is { } deleteName ? SavedScenarioName.Check(deleteName, "--delete") : null,
            };
            return Task.FromResult(ExitCodes.From(new WhatIfJob(context.Jobs()).Run(request, cancellationToken)));
        });
        return command;
    }

    // "key=value" is an override; anything else names a scenario file (a file name with '=' in it is not supported).
    private static bool IsOverride(string argument) => argument.Contains('=', StringComparison.Ordinal);
}
