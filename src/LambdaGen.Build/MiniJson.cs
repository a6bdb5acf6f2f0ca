using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace LambdaGen.Build;

/// <summary>
/// A minimal strict JSON reader (RFC 8259) for checking embedded manifests and reading our own previous
/// functions.json. System.Text.Json is not available to a netstandard2.0 task in every MSBuild host.
/// Objects become <see cref="Dictionary{TKey,TValue}"/> (last key wins), arrays <see cref="List{T}"/>,
/// numbers <see cref="JsonNumber"/> (their text, kept apart from strings so a template can copy them as numbers), and
/// true/false/null <see cref="bool"/>/<c>null</c>.
/// </summary>
internal sealed class MiniJson
{
    private readonly string _text;
    private int _pos;

    private MiniJson(string text) => _text = text;

    /// <exception cref="InvalidDataException">The text is not one well-formed JSON value.</exception>
    public static object? Parse(string text)
    {
        var parser = new MiniJson(text);
        parser.SkipWhitespace();
        var value = parser.ReadValue(depth: 0);
        parser.SkipWhitespace();
        if (parser._pos != text.Length)
        {
            throw parser.Error("unexpected text after the JSON value");
        }

        return value;
    }

    private object? ReadValue(int depth)
    {
        if (depth > 64)
        {
            throw Error("nesting is deeper than 64 levels");
        }

        if (_pos >= _text.Length)
        {
            throw Error("unexpected end of the JSON text");
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{': return ReadObject(depth);
            case '[': return ReadArray(depth);
            case '"': return ReadString();
            case 't': Expect("true"); return true;
            case 'f': Expect("false"); return false;
            case 'n': Expect("null"); return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return new JsonNumber(ReadNumber());
                }

                throw Error("unexpected character " + Describe(c));
        }
    }

    private Dictionary<string, object?> ReadObject(int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _pos++; // {
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            return result;
        }
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expected a property name in quotes");
            }

            var name = ReadString();
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Error("expected ':' after a property name");
            }

            _pos++;
            SkipWhitespace();
            result[name] = ReadValue(depth + 1);
            SkipWhitespace();
            char next = Peek();
            _pos++;
            if (next == '}')
            {
                return result;
            }

            if (next != ',')
            {
                throw Error("expected ',' or '}' in an object", _pos - 1);
            }
        }
    }

    private List<object?> ReadArray(int depth)
    {
        var result = new List<object?>();
        _pos++; // [
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            return result;
        }
        while (true)
        {
            SkipWhitespace();
            result.Add(ReadValue(depth + 1));
            SkipWhitespace();
            char next = Peek();
            _pos++;
            if (next == ']')
            {
                return result;
            }

            if (next != ',')
            {
                throw Error("expected ',' or ']' in an array", _pos - 1);
            }
        }
    }

    private string ReadString()
    {
        _pos++; // opening quote
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("unterminated string");
            }

            char c = _text[_pos++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < 0x20)
            {
                throw Error("unescaped control character in a string", _pos - 1);
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            if (_pos >= _text.Length)
            {
                throw Error("unterminated escape sequence");
            }

            char escape = _text[_pos++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        throw Error("invalid \\u escape", _pos - 2);
                    }

                    builder.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw Error("invalid escape \\" + escape, _pos - 2);
            }
        }
    }

    private string ReadNumber()
    {
        int start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        if (Peek() == '0')
        {
            _pos++;
        }
        else if (!Digits())
        {
            throw Error("invalid number", start);
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!Digits())
            {
                throw Error("invalid number", start);
            }
        }
        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (!Digits())
            {
                throw Error("invalid number", start);
            }
        }
        return _text.Substring(start, _pos - start);
    }

    private bool Digits()
    {
        int start = _pos;
        while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9')
        {
            _pos++;
        }

        return _pos > start;
    }

    private void Expect(string literal)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
        {
            throw Error("unexpected character " + Describe(_text[_pos]));
        }

        _pos += literal.Length;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private static string Describe(char c) => c < 0x20 || c > 0x7E ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "'" + c + "'";

    private InvalidDataException Error(string what) => Error(what, _pos);

    private static InvalidDataException Error(string what, int position) =>
        new(what + " at character " + (position + 1).ToString(CultureInfo.InvariantCulture));
}

/// <summary>A JSON number as its text, exactly as written (no conversion: nothing is lost or reformatted).</summary>
internal sealed record JsonNumber(string Text)
{
    public override string ToString() => Text;
}
