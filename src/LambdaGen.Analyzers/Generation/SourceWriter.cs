using System;
using System.Text;

namespace LambdaGen.Analyzers.Generation;

/// <summary>An indented text writer for generated source (text, not SyntaxFactory + NormalizeWhitespace, which is slow).
/// A line can be written whole (<see cref="Line"/>) or in parts (<see cref="Begin"/>, <see cref="Append"/>,
/// <see cref="AppendLiteral"/>, <see cref="End"/>), which spares building each line as a string first. The builder is
/// reused by the next writer on the same thread: a cold run writes every handler's text, and growing a new builder per
/// file was most of what emitting allocated (benchmarks/README.md).</summary>
internal sealed class SourceWriter
{
    /// <summary>Builders above this many characters are dropped rather than kept for the next file.</summary>
    private const int KeptCapacity = 256 * 1024;

    [ThreadStatic] private static StringBuilder? s_cachedBuilder;
    [ThreadStatic] private static StringBuilder? s_cachedScratch;

    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter()
    {
        _builder = s_cachedBuilder ?? new StringBuilder(16 * 1024);
        s_cachedBuilder = null;
        _builder.Clear();
    }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line: its indentation.</summary>
    public SourceWriter Begin()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Appends <see cref="Emitter.Xml"/> of <paramref name="text"/>, for a <c>///</c> comment.</summary>
    public SourceWriter AppendXml(string text)
    {
        Emitter.AppendXml(_builder, text);
        return this;
    }

    /// <summary>Ends a line begun with <see cref="Begin"/>.</summary>
    public SourceWriter End(string text = "")
    {
        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>Appends <see cref="Emitter.Literal"/> of <paramref name="value"/>: printable ASCII is escaped here (only
    /// quotes and backslashes need it), anything else goes through <see cref="Emitter.Literal"/>.</summary>
    public SourceWriter AppendLiteral(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c > '~')
            {
                return Append(Emitter.Literal(value));
            }
        }
        _builder.Append('"');
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '"' or '\\')
            {
                _builder.Append(value, start, i - start).Append('\\').Append(c);
                start = i + 1;
            }
        }
        _builder.Append(value, start, value.Length - start).Append('"');
        return this;
    }

    /// <summary>The text <paramref name="write"/> produces (a manifest), built in a reused scratch builder rather than a new
    /// builder per handler.</summary>
    public static string Text<TState>(TState state, Action<TState, StringBuilder> write)
    {
        var scratch = s_cachedScratch ?? new StringBuilder(1024);
        s_cachedScratch = null;
        scratch.Clear();
        write(state, scratch);
        var text = scratch.ToString();
        if (scratch.Capacity <= KeptCapacity)
        {
            s_cachedScratch = scratch;
        }

        return text;
    }

    public SourceWriter Open(string text)
    {
        Line(text).Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>The text; the writer must not be used afterwards (its builder goes back for the next writer).</summary>
    public override string ToString()
    {
        var text = _builder.ToString();
        if (_builder.Capacity <= KeptCapacity)
        {
            s_cachedBuilder = _builder;
        }

        return text;
    }
}
