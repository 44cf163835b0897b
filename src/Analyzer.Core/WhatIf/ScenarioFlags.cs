using System.Globalization;
using Analyzer.Core.Settings;

namespace Analyzer.Core.WhatIf;

/// <summary>
/// A scenario given on the command line: fleet-wide "key=value" settings, one change (a selection and what changes
/// for it), price factors ("ec2-spot=1.3") and added commitments ("compute:3y:no:10"). Each text is parsed once into
/// its typed value, with the same checks and errors as the scenario file, named by the flag.
/// </summary>
public sealed record ScenarioFlags
{
    public IReadOnlyList<string> FleetSettings { get; init; } = [];

    public string? Tags { get; init; }

    public IReadOnlyList<string> Accounts { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Kinds { get; init; } = [];

    public IReadOnlyList<string> Ids { get; init; } = [];

    public string? Name { get; init; }

    /// <summary>"key=value" settings for the selection.</summary>
    public IReadOnlyList<string> SelectionSettings { get; init; } = [];

    public IReadOnlyList<string> Force { get; init; } = [];

    public IReadOnlyList<string> Forbid { get; init; } = [];

    public double? DemandScale { get; init; }

    /// <summary>The region the selection moves to (--move-region).</summary>
    public string? MoveRegion { get; init; }

    /// <summary>"kind=factor", kinds as in <see cref="PriceScale.Names"/>.</summary>
    public IReadOnlyList<string> Prices { get; init; } = [];

    /// <summary>"plan:termy:payment:usd-per-hour", e.g. "compute:3y:no:10".</summary>
    public IReadOnlyList<string> Commitments { get; init; } = [];

    public bool IsEmpty => FleetSettings.Count == 0 && !HasChange && Prices.Count == 0 && Commitments.Count == 0;

    private bool HasChange => Tags is not null || Accounts.Count > 0 || Regions.Count > 0 || Kinds.Count > 0 || Ids.Count > 0 || Name is not null
        || SelectionSettings.Count > 0 || Force.Count > 0 || Forbid.Count > 0 || DemandScale is not null || MoveRegion is not null;

    /// <summary>The flags as they would be written on the command line (what a saved scenario records of them).</summary>
    public string Describe()
    {
        var parts = new List<string>(FleetSettings);
        void Add(string flag, IEnumerable<string> values) => parts.AddRange(values.Select(v => $"{flag} {Quote(v)}"));
        Add("--tags", Tags is null ? [] : [Tags]);
        Add("--account", Accounts);
        Add("--region", Regions);
        Add("--kind", Kinds);
        Add("--id", Ids);
        Add("--name", Name is null ? [] : [Name]);
        Add("--set", SelectionSettings);
        Add("--force", Force);
        Add("--forbid", Forbid);
        Add("--demand", DemandScale is { } d ? [d.ToString(CultureInfo.InvariantCulture)] : []);
        Add("--move-region", MoveRegion is null ? [] : [MoveRegion]);
        Add("--price", Prices);
        Add("--add-commitment", Commitments);
        return string.Join(' ', parts);
    }

    /// <summary><paramref name="scenario"/> with these flags applied on top (its changes first, then the flags' one).</summary>
    public Scenario ApplyTo(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var result = scenario with
        {
            Settings = scenario.Settings.Then(AnalysisSettingsReader.ReadPatch(FleetSettings, "setting", ScenarioReader.TopRefused)),
            AddedCommitments = [.. scenario.AddedCommitments, .. Commitments.Select(Commitment)],
        };
        foreach (var price in Prices)
        {
            var eq = price.IndexOf('=', StringComparison.Ordinal);
            var factor = eq > 0 && double.TryParse(price[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var f)
                ? ScenarioReader.Factor(f, "--price")
                : throw new ConfigurationException("--price", $"'{price}' is not written kind=factor (e.g. ec2-spot=1.3).");
            result = result with
            {
                Prices = result.Prices.With(price[..eq], (decimal)factor)
                    ?? throw new ConfigurationException("--price", $"'{price[..eq]}' is not a price kind; expected one of {string.Join(", ", PriceScale.Names)}."),
            };
        }

        return HasChange ? result with { Changes = [.. result.Changes, Change()] } : result;
    }

    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '=' or '/' or '*')
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private ScenarioChange Change()
    {
        var select = WorkloadSelector.All with
        {
            Accounts = Accounts,
            Regions = Regions,
            Kinds = [.. Kinds.Select(k => ScenarioReader.Kind(k, "--kind"))],
            Ids = Ids,
            Name = Name is null ? null : new GlobPattern(Name),
            Tags = Tags is null ? null : TagExpressionParser.Parse(Tags, "--tags"),
        };
        var force = Force.Select(f => ScenarioReader.Family(f, "--force")).ToHashSet();
        var forbid = Forbid.Select(f => ScenarioReader.Family(f, "--forbid")).ToHashSet();
        if (force.Overlaps(forbid))
        {
            throw new ConfigurationException("--force", "an option cannot be both forced and forbidden.");
        }

        var demand = DemandScale is { } d ? ScenarioReader.Factor(d, "--demand") : (double?)null;
        return new ScenarioChange(select, AnalysisSettingsReader.ReadPatch(SelectionSettings, "--set", ScenarioReader.ChangeRefused), forbid, force, demand)
        {
            MoveToRegion = MoveRegion is null ? null : ScenarioReader.Region(MoveRegion, "--move-region"),
        };
    }

    private static AddedCommitment Commitment(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 4 || !parts[1].EndsWith('y')
            || !int.TryParse(parts[1][..^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var term)
            || !decimal.TryParse(parts[3], NumberStyles.Number, CultureInfo.InvariantCulture, out var hourly))
        {
            throw new ConfigurationException("--add-commitment", $"'{text}' is not written plan:termy:payment:usd-per-hour (e.g. compute:3y:no:10).");
        }

        return ScenarioReader.Checked(new AddedCommitment(parts[0], term, parts[2], hourly), "--add-commitment");
    }
}
