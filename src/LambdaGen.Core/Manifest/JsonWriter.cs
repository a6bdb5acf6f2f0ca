using System.Globalization;
using System.Text;

namespace LambdaGen.Core.Manifest;

/// <summary>
/// A small compact JSON writer. Hand-written because the analyzer runs on netstandard2.0 inside the
/// compiler, where System.Text.Json is not guaranteed to load; it emits only what manifests need.
/// </summary>
public sealed class JsonWriter
{
    private readonly StringBuilder _builder;
    private readonly bool _escapeNonAscii;
    private bool _needsComma;

    /// <param name="escapeNonAscii">Write non-ASCII as \u escapes (safe for any file encoding) or raw (as Lambda measures the environment).</param>
    public JsonWriter(bool escapeNonAscii = false) : this(new StringBuilder(), escapeNonAscii) { }

    /// <summary>A writer that appends to <paramref name="builder"/> (<see cref="ToString"/> then returns all of its text).</summary>
    public JsonWriter(StringBuilder builder, bool escapeNonAscii = false)
    {
        _builder = builder;
        _escapeNonAscii = escapeNonAscii;
    }

    public JsonWriter BeginObject() => Open('{');
    public JsonWriter EndObject() => Close('}');
    public JsonWriter BeginArray() => Open('[');
    public JsonWriter EndArray() => Close(']');

    public JsonWriter Name(string name)
    {
        Separator();
        WriteString(name);
        _builder.Append(':');
        _needsComma = false;
        return this;
    }

    public JsonWriter Value(string? value)
    {
        Separator();
        if (value is null)
        {
            _builder.Append("null");
        }
        else
        {
            WriteString(value);
        }

        _needsComma = true;
        return this;
    }

    public JsonWriter Value(int value)
    {
        Separator();
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
        _needsComma = true;
        return this;
    }

    /// <summary>A number in its shortest round-trip form; JSON has no NaN or infinity, so those are written as null
    /// (the rule that checks the range has already rejected them).</summary>
    public JsonWriter Value(double value)
    {
        Separator();
        _builder.Append(double.IsNaN(value) || double.IsInfinity(value) ? "null" : value.ToString("R", CultureInfo.InvariantCulture));
        _needsComma = true;
        return this;
    }

    public JsonWriter Value(bool value)
    {
        Separator();
        _builder.Append(value ? "true" : "false");
        _needsComma = true;
        return this;
    }

    public JsonWriter Property(string name, string? value) => Name(name).Value(value);
    public JsonWriter Property(string name, int value) => Name(name).Value(value);
    public JsonWriter Property(string name, bool value) => Name(name).Value(value);

    public override string ToString() => _builder.ToString();

    private JsonWriter Open(char c)
    {
        Separator();
        _builder.Append(c);
        _needsComma = false;
        return this;
    }

    private JsonWriter Close(char c)
    {
        _builder.Append(c);
        _needsComma = true;
        return this;
    }

    private void Separator()
    {
        if (_needsComma)
        {
            _builder.Append(',');
        }
    }

    private void WriteString(string value) => AppendString(_builder, value, _escapeNonAscii);

    /// <summary>A JSON string literal of <paramref name="value"/>: quotes, backslashes and controls escaped; U+2028/U+2029 too,
    /// so the JSON is also valid JavaScript; with <paramref name="escapeNonAscii"/>, everything above U+007E.</summary>
    public static void AppendString(StringBuilder builder, string value, bool escapeNonAscii)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || (escapeNonAscii && c > 0x7E))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
        builder.Append('"');
    }
}
