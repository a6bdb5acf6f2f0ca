using System.Text;

namespace LambdaGen.Analyzers.Generation;

/// <summary>An indented text writer for generated source (text, not SyntaxFactory + NormalizeWhitespace, which is slow).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new(4096);
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
            _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
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

    public override string ToString() => _builder.ToString();
}
