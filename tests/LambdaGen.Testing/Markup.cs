using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LambdaGen.Testing;

/// <summary>One marked span: <c>{|LG0010:64|}</c> (Id = LG0010) or <c>[|64|]</c> (Id = null, the test's default).</summary>
public sealed record MarkupSpan(string? Id, TextSpan Span);

/// <summary>
/// Diagnostic markup. <c>[|text|]</c> marks a diagnostic of the test's default ID, <c>{|LG0010:text|}</c> one
/// with an explicit ID; markers nest. <see cref="Parse"/> strips them and records each span in the clean source.
/// </summary>
public sealed class Markup
{
    private Markup(string source, ImmutableArray<MarkupSpan> spans)
    {
        Source = source;
        Spans = spans;
    }

    /// <summary>The source without markers.</summary>
    public string Source { get; }

    /// <summary>The marked spans in source order (start, then end, then ID: the order <see cref="AnalyzerRunner.Sort"/> gives diagnostics).</summary>
    public ImmutableArray<MarkupSpan> Spans { get; }

    /// <summary>Strips <c>[|…|]</c> and <c>{|ID:…|}</c>. Throws <see cref="FormatException"/> on unbalanced markers.</summary>
    public static Markup Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(char Kind, string? Id, int Start)>();
        var spans = new List<MarkupSpan>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push(('[', null, text.Length));
                i++;
            }
            else if (At(markup, i, "{|"))
            {
                int colon = markup.IndexOf(':', i + 2);
                int newline = markup.IndexOf('\n', i + 2);
                if (colon < 0 || (newline >= 0 && newline < colon))
                {
                    throw new FormatException($"'{{|' at offset {i} needs an ID and a colon: {{|LG0010:text|}}");
                }

                var id = markup.Substring(i + 2, colon - i - 2);
                if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                {
                    throw new FormatException($"'{{|{id}:' at offset {i} is not a diagnostic ID");
                }

                open.Push(('{', id, text.Length));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                char kind = markup[i + 1] == ']' ? '[' : '{';
                if (open.Count == 0 || open.Peek().Kind != kind)
                {
                    throw new FormatException($"'|{markup[i + 1]}' at offset {i} closes nothing");
                }

                var (_, id, start) = open.Pop();
                spans.Add(new MarkupSpan(id, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }
        if (open.Count > 0)
        {
            throw new FormatException($"{open.Count} markup span(s) are not closed");
        }

        return new Markup(text.ToString(), spans.OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End).ThenBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray());
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    /// <summary>
    /// The source with each diagnostic shown under its line: <c>^^^ LG0010: message</c>. Diagnostics
    /// without a source location (or in another file than <paramref name="path"/>) are listed at the top.
    /// </summary>
    public static string Annotate(string source, IEnumerable<Diagnostic> diagnostics, string? path = TestCompilation.DefaultPath)
    {
        var all = diagnostics.ToList();
        var text = SourceText.From(source);
        var builder = new StringBuilder();
        foreach (var d in all.Where(d => !InFile(d, path)))
        {
            builder.Append("// ").AppendLine(TestCompilation.Format(d));
        }

        var byLine = all.Where(d => InFile(d, path))
            .ToLookup(d => text.Lines.GetLineFromPosition(Math.Min(d.Location.SourceSpan.Start, text.Length)).LineNumber);
        foreach (var line in text.Lines)
        {
            var lineText = line.ToString();
            builder.AppendLine(lineText);
            foreach (var d in byLine[line.LineNumber].OrderBy(d => d.Location.SourceSpan.Start))
            {
                int column = d.Location.SourceSpan.Start - line.Start;
                int width = Math.Max(1, Math.Min(d.Location.SourceSpan.End, line.End) - d.Location.SourceSpan.Start);
                builder.Append(Indent(lineText, column)).Append('^', width).Append(' ')
                    .Append(d.Id).Append(": ").AppendLine(d.GetMessage(CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    private static bool InFile(Diagnostic d, string? path) => d.Location.IsInSource && (path is null || d.Location.SourceTree?.FilePath == path);

    /// <summary>Spaces (keeping tabs) up to <paramref name="column"/> so the carets line up.</summary>
    private static string Indent(string line, int column)
    {
        var indent = new StringBuilder(column);
        for (int i = 0; i < column; i++)
        {
            indent.Append(i < line.Length && line[i] == '\t' ? '\t' : ' ');
        }

        return indent.ToString();
    }
}
