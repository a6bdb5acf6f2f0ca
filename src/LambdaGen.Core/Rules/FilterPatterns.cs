using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LambdaGen.Core.Rules;

/// <summary>
/// Checks one event filter pattern (FilterCriteria.Filters[].Pattern): JSON, and the EventBridge content-filter shape
/// Lambda uses — an object whose members are objects (nested fields) or arrays of matchers; a matcher is a string, number,
/// boolean, null or a one-member object naming a comparison (<c>{"prefix": "x"}</c>). <c>$or</c> takes an array of patterns.
/// </summary>
public static class FilterPatterns
{
    private static readonly HashSet<string> Matchers = new(System.StringComparer.Ordinal)
    {
        "prefix", "suffix", "anything-but", "numeric", "exists", "equals-ignore-case", "wildcard", "cidr",
    };

    /// <summary>Why <paramref name="pattern"/> is not a valid filter pattern ("is not valid JSON: …"), or null when it is.</summary>
    public static string? Problem(string pattern)
    {
        var parser = new Parser(pattern);
        object? root;
        try
        {
            root = parser.Document();
        }
        catch (System.FormatException e)
        {
            return "is not valid JSON: " + e.Message;
        }
        return root is Dictionary<string, object?> obj ? Shape(obj, "") : "is not a JSON object; a pattern is an object such as {\"body\":{\"type\":[\"order\"]}}";
    }

    private static string? Shape(Dictionary<string, object?> obj, string path)
    {
        foreach (var pair in obj)
        {
            var at = path.Length == 0 ? pair.Key : path + "." + pair.Key;
            if (pair.Key == "$or")
            {
                if (pair.Value is not List<object?> { Count: > 0 } alternatives)
                {
                    return $"has $or at '{at}' that is not an array of patterns";
                }

                foreach (var alternative in alternatives)
                {
                    if (alternative is not Dictionary<string, object?> branch)
                    {
                        return $"has $or at '{at}' with an item that is not an object";
                    }

                    if (Shape(branch, path) is { } inner)
                    {
                        return inner;
                    }
                }
                continue;
            }
            switch (pair.Value)
            {
                case Dictionary<string, object?> nested:
                    if (Shape(nested, at) is { } problem)
                    {
                        return problem;
                    }

                    break;
                case List<object?> values:
                    if (values.Count == 0)
                    {
                        return $"has an empty array at '{at}', which matches nothing";
                    }

                    foreach (var value in values)
                    {
                        if (value is Dictionary<string, object?> matcher && Matcher(matcher, at) is { } bad)
                        {
                            return bad;
                        }
                        else if (value is List<object?>)
                        {
                            return $"has an array inside the array at '{at}'; list the values in one array";
                        }
                    }

                    break;
                default:
                    return $"has a plain value at '{at}'; each value in a pattern is an array of matchers, such as [{Json(pair.Value)}]";
            }
        }
        return null;
    }

    private static string? Matcher(Dictionary<string, object?> matcher, string at)
    {
        if (matcher.Count != 1)
        {
            return $"has a matcher object at '{at}' with {matcher.Count.ToString(CultureInfo.InvariantCulture)} members; a matcher has exactly one, such as {{\"prefix\": \"x\"}}";
        }

        foreach (var key in matcher.Keys)
        {
            if (!Matchers.Contains(key))
            {
                return $"has an unknown matcher '{key}' at '{at}'; use prefix, suffix, anything-but, numeric, exists, equals-ignore-case, wildcard or cidr";
            }
        }

        return null;
    }

    private static string Json(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => "…",
    };

    /// <summary>A strict JSON reader into dictionaries, lists, strings, doubles, booleans and null; throws FormatException.</summary>
    private sealed class Parser
    {
        private readonly string _text;
        private int _at;
        private int _depth;

        public Parser(string text) => _text = text;

        public object? Document()
        {
            var value = Value();
            Skip();
            if (_at < _text.Length)
            {
                throw Error("unexpected text after the value");
            }

            return value;
        }

        private System.FormatException Error(string what) => new(what + " at position " + (_at + 1).ToString(CultureInfo.InvariantCulture));

        private void Skip()
        {
            while (_at < _text.Length && _text[_at] is ' ' or '\t' or '\n' or '\r')
            {
                _at++;
            }
        }

        private object? Value()
        {
            Skip();
            if (_at >= _text.Length)
            {
                throw Error("the text ends where a value should be");
            }

            if (++_depth > 64)
            {
                throw Error("nested too deeply");
            }

            try
            {
                char c = _text[_at];
                switch (c)
                {
                    case '{': return Object();
                    case '[': return Array();
                    case '"': return String();
                    case 't': Word("true"); return true;
                    case 'f': Word("false"); return false;
                    case 'n': Word("null"); return null;
                    default:
                        if (c == '-' || c is >= '0' and <= '9')
                        {
                            return Number();
                        }

                        throw Error("unexpected character '" + c + "'");
                }
            }
            finally
            {
                _depth--;
            }
        }

        private void Word(string word)
        {
            if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0)
            {
                throw Error("unexpected text");
            }

            _at += word.Length;
        }

        private Dictionary<string, object?> Object()
        {
            var result = new Dictionary<string, object?>(System.StringComparer.Ordinal);
            _at++;
            Skip();
            if (_at < _text.Length && _text[_at] == '}')
            {
                _at++;
                return result;
            }
            while (true)
            {
                Skip();
                if (_at >= _text.Length || _text[_at] != '"')
                {
                    throw Error("expected a member name");
                }

                var name = String();
                Skip();
                if (_at >= _text.Length || _text[_at] != ':')
                {
                    throw Error("expected ':'");
                }

                _at++;
                if (result.ContainsKey(name))
                {
                    throw Error("member '" + name + "' appears twice");
                }

                result[name] = Value();
                Skip();
                if (_at < _text.Length && _text[_at] == ',')
                {
                    _at++;
                    continue;
                }
                if (_at < _text.Length && _text[_at] == '}')
                {
                    _at++;
                    return result;
                }
                throw Error("expected ',' or '}'");
            }
        }

        private List<object?> Array()
        {
            var result = new List<object?>();
            _at++;
            Skip();
            if (_at < _text.Length && _text[_at] == ']')
            {
                _at++;
                return result;
            }
            while (true)
            {
                result.Add(Value());
                Skip();
                if (_at < _text.Length && _text[_at] == ',')
                {
                    _at++;
                    continue;
                }
                if (_at < _text.Length && _text[_at] == ']')
                {
                    _at++;
                    return result;
                }
                throw Error("expected ',' or ']'");
            }
        }

        private string String()
        {
            var sb = new StringBuilder();
            _at++;
            while (_at < _text.Length)
            {
                char c = _text[_at++];
                if (c == '"')
                {
                    return sb.ToString();
                }

                if (c < ' ')
                {
                    throw Error("a control character in a string");
                }

                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }
                if (_at >= _text.Length)
                {
                    break;
                }

                char e = _text[_at++];
                switch (e)
                {
                    case '"': case '\\': case '/': sb.Append(e); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (_at + 4 > _text.Length || !int.TryParse(_text.Substring(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                        {
                            throw Error("a bad \\u escape");
                        }

                        sb.Append((char)code);
                        _at += 4;
                        break;
                    default:
                        throw Error("a bad escape '\\" + e + "'");
                }
            }
            throw Error("a string is not closed");
        }

        private double Number()
        {
            int start = _at;
            if (_text[_at] == '-')
            {
                _at++;
            }

            while (_at < _text.Length && (_text[_at] is >= '0' and <= '9' or '.' or 'e' or 'E' or '+' or '-'))
            {
                _at++;
            }

            var token = _text.Substring(start, _at - start);
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || token.EndsWith(".", System.StringComparison.Ordinal) || token.StartsWith("-.", System.StringComparison.Ordinal) || token.StartsWith(".", System.StringComparison.Ordinal))
            {
                throw Error("a bad number '" + token + "'");
            }

            return value;
        }
    }
}
