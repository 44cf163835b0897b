using System.Globalization;
using System.Text;

namespace Analyzer.Core.WhatIf;

/// <summary>
/// A small recursive-descent parser for tag expressions. Grammar (keywords ignore case; positions are 1-based characters):
/// <code>
/// expression := or
/// or         := and ("or" and)*
/// and        := unary ("and" unary)*
/// unary      := "not" unary | primary
/// primary    := "(" or ")" | "has" word | word "=" word | word "!=" word | word ["not"] "in" "(" word ("," word)* ")"
/// word       := bare characters (letters, digits, any of - _ . : / @ + * ; # and anything else that is not a space,
///               a parenthesis, a comma, '=', '!' or a quote) | 'single-quoted' | "double-quoted" (a quote doubled inside)
/// </code>
/// Errors are <see cref="ConfigurationException"/>s naming the key the expression came from and the position.
/// </summary>
public sealed class TagExpressionParser
{
    private static readonly string[] Keywords = ["and", "or", "not", "in", "has"];

    private readonly string key;
    private readonly List<Token> tokens;
    private int next;

    private TagExpressionParser(string key, List<Token> tokens)
    {
        this.key = key;
        this.tokens = tokens;
    }

    /// <param name="key">Where the text came from, for errors ("changes[0].select.tags", "--tags").</param>
    public static TagExpression Parse(string text, string key = "tags")
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new TagExpressionParser(key, Tokenize(text, key));
        var expression = parser.Or();
        var rest = parser.Peek();
        if (rest.Kind != TokenKind.End)
        {
            throw parser.Error(rest, "expected 'and', 'or' or the end");
        }

        return expression;
    }

    internal static bool IsWordChar(char c) => !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('(' or ')' or ',' or '=' or '!' or '\'' or '"');

    internal static bool IsKeyword(string word) => Keywords.Contains(word, StringComparer.OrdinalIgnoreCase);

    private TagExpression Or()
    {
        var left = And();
        while (IsKeyword(Peek(), "or"))
        {
            next++;
            left = TagExpression.Or(left, And());
        }

        return left;
    }

    private TagExpression And()
    {
        var left = Unary();
        while (IsKeyword(Peek(), "and"))
        {
            next++;
            left = TagExpression.And(left, Unary());
        }

        return left;
    }

    private TagExpression Unary()
    {
        if (IsKeyword(Peek(), "not"))
        {
            next++;
            return TagExpression.Not(Unary());
        }

        return Primary();
    }

    private TagExpression Primary()
    {
        var token = Peek();
        if (token.Kind == TokenKind.Open)
        {
            next++;
            var inner = Or();
            Expect(TokenKind.Close, "')'");
            return inner;
        }

        if (IsKeyword(token, "has"))
        {
            next++;
            return TagExpression.Has(Word("a tag key after 'has'"));
        }

        var tagKey = Word("a tag key, 'has', 'not' or '('");
        var op = Peek();
        switch (op.Kind)
        {
            case TokenKind.EqualSign:
                next++;
                return TagExpression.Equal(tagKey, Word($"a value after '{tagKey}='"));
            case TokenKind.NotEqualSign:
                next++;
                return TagExpression.Not(TagExpression.Equal(tagKey, Word($"a value after '{tagKey}!='")));
            case TokenKind.Word when IsKeyword(op, "in"):
                next++;
                return TagExpression.In(tagKey, List(tagKey));
            case TokenKind.Word when IsKeyword(op, "not") && IsKeyword(PeekAt(next + 1), "in"):
                next += 2;
                return TagExpression.Not(TagExpression.In(tagKey, List(tagKey)));
            default:
                throw Error(op, $"expected '=', '!=', 'in' or 'not in' after the tag key '{tagKey}'");
        }
    }

    private List<string> List(string tagKey)
    {
        Expect(TokenKind.Open, $"'(' after '{tagKey} in'");
        var values = new List<string> { Word("a value in the list") };
        while (Peek().Kind == TokenKind.Comma)
        {
            next++;
            values.Add(Word("a value after ','"));
        }

        Expect(TokenKind.Close, "',' or ')' in the list");
        return values;
    }

    // A key or a value: a quoted string is always a word; a bare one only when it is not a keyword.
    private string Word(string expected)
    {
        var token = Peek();
        if (token.Kind != TokenKind.Word || (!token.Quoted && IsKeyword(token.Text)))
        {
            throw Error(token, $"expected {expected}");
        }

        next++;
        return token.Text;
    }

    private void Expect(TokenKind kind, string expected)
    {
        var token = Peek();
        if (token.Kind != kind)
        {
            throw Error(token, $"expected {expected}");
        }

        next++;
    }

    private Token Peek() => PeekAt(next);

    private Token PeekAt(int index) => tokens[Math.Min(index, tokens.Count - 1)];

    private static bool IsKeyword(Token token, string keyword) =>
        token.Kind == TokenKind.Word && !token.Quoted && string.Equals(token.Text, keyword, StringComparison.OrdinalIgnoreCase);

    private ConfigurationException Error(Token token, string expected) =>
        new(key, string.Create(CultureInfo.InvariantCulture, $"{expected} at position {token.Position}, found {Describe(token)}."));

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.End => "the end of the expression",
        TokenKind.Word => token.Quoted ? $"the quoted word '{token.Text}'" : $"'{token.Text}'",
        _ => $"'{token.Text}'",
    };

    private static List<Token> Tokenize(string text, string key)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var position = i + 1;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',' or '=')
            {
                tokens.Add(new Token(c switch { '(' => TokenKind.Open, ')' => TokenKind.Close, ',' => TokenKind.Comma, _ => TokenKind.EqualSign }, text[i..(i + 1)], position, false));
                i++;
            }
            else if (c == '!')
            {
                if (i + 1 >= text.Length || text[i + 1] != '=')
                {
                    throw new ConfigurationException(key, string.Create(CultureInfo.InvariantCulture, $"'!' must be followed by '=' at position {position}."));
                }

                tokens.Add(new Token(TokenKind.NotEqualSign, "!=", position, false));
                i += 2;
            }
            else if (c is '\'' or '"')
            {
                var word = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new ConfigurationException(key, string.Create(CultureInfo.InvariantCulture, $"the quote opened at position {position} is never closed."));
                    }

                    if (text[i] == c)
                    {
                        if (i + 1 < text.Length && text[i + 1] == c)
                        {
                            word.Append(c);
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    word.Append(text[i]);
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, word.ToString(), position, true));
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, text[start..i], position, false));
            }
            else
            {
                throw new ConfigurationException(key, string.Create(CultureInfo.InvariantCulture, $"unexpected character U+{(int)c:X4} at position {position}."));
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length + 1, false));
        return tokens;
    }

    private enum TokenKind
    {
        Word,
        Open,
        Close,
        Comma,
        EqualSign,
        NotEqualSign,
        End,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Position, bool Quoted);
}
