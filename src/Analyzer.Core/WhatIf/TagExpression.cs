namespace Analyzer.Core.WhatIf;

/// <summary>
/// A condition on a workload's tags, as <see cref="TagExpressionParser"/> reads it: <c>env=dev</c>, <c>env!=prod</c>,
/// <c>team in (a,b)</c>, <c>has spot-ok</c>, <c>not ...</c>, <c>... and ...</c>, <c>... or ...</c>. Keys match exactly,
/// values ignoring case (as the settings' tag lists do). It is evaluated in memory on the typed workloads, so no tag
/// text ever reaches SQL.
/// </summary>
public abstract class TagExpression
{
    private TagExpression()
    {
    }

    public abstract bool Matches(IReadOnlyDictionary<string, string> tags);

    public static TagExpression Equal(string key, string value) => new EqualNode(key, value);

    public static TagExpression In(string key, IReadOnlyList<string> values) => new InNode(key, values);

    public static TagExpression Has(string key) => new HasNode(key);

    public static TagExpression Not(TagExpression operand) => new NotNode(operand);

    public static TagExpression And(TagExpression left, TagExpression right) => new AndNode(left, right);

    public static TagExpression Or(TagExpression left, TagExpression right) => new OrNode(left, right);

    private sealed class EqualNode(string key, string value) : TagExpression
    {
        public override bool Matches(IReadOnlyDictionary<string, string> tags) =>
            tags.TryGetValue(key, out var v) && string.Equals(v, value, StringComparison.OrdinalIgnoreCase);

        public override string ToString() => $"{Quote(key)}={Quote(value)}";
    }

    private sealed class InNode(string key, IReadOnlyList<string> values) : TagExpression
    {
        public override bool Matches(IReadOnlyDictionary<string, string> tags) =>
            tags.TryGetValue(key, out var v) && values.Any(x => string.Equals(v, x, StringComparison.OrdinalIgnoreCase));

        public override string ToString() => $"{Quote(key)} in ({string.Join(", ", values.Select(Quote))})";
    }

    private sealed class HasNode(string key) : TagExpression
    {
        public override bool Matches(IReadOnlyDictionary<string, string> tags) => tags.ContainsKey(key);

        public override string ToString() => $"has {Quote(key)}";
    }

    private sealed class NotNode(TagExpression operand) : TagExpression
    {
        public override bool Matches(IReadOnlyDictionary<string, string> tags) => !operand.Matches(tags);

        public override string ToString() => $"not {operand}";
    }

    private sealed class AndNode(TagExpression left, TagExpression right) : TagExpression
    {
        public override bool Matches(IReadOnlyDictionary<string, string> tags) => left.Matches(tags) && right.Matches(tags);

        public override string ToString() => $"({left} and {right})";
    }

    private sealed class OrNode(TagExpression left, TagExpression right) : TagExpression
    {
        public override bool Matches(IReadOnlyDictionary<string, string> tags) => left.Matches(tags) || right.Matches(tags);

        public override string ToString() => $"({left} or {right})";
    }

    // Written back in the parser's own syntax: bare where it reads back as the same word, else single-quoted.
    private static string Quote(string text) =>
        text.Length > 0 && text.All(TagExpressionParser.IsWordChar) && !TagExpressionParser.IsKeyword(text)
            ? text
            : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
