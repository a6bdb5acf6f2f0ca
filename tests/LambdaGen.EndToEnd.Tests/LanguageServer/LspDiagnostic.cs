using System.Text.Json.Nodes;

namespace LambdaGen.EndToEnd.Tests.LanguageServer;

/// <summary>A zero-based LSP range (lines and UTF-16 columns, end exclusive).</summary>
public readonly record struct LspRange(int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public override string ToString() => $"({StartLine},{StartCharacter})-({EndLine},{EndCharacter})";

    /// <summary>The range of <paramref name="length"/> characters at <paramref name="offset"/> of <paramref name="text"/>.</summary>
    public static LspRange Of(string text, int offset, int length)
    {
        var (startLine, startCharacter) = Position(text, offset);
        var (endLine, endCharacter) = Position(text, offset + length);
        return new LspRange(startLine, startCharacter, endLine, endCharacter);
    }

    public static (int Line, int Character) Position(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart);
    }

    public JsonObject ToJson() => new()
    {
        ["start"] = new JsonObject { ["line"] = StartLine, ["character"] = StartCharacter },
        ["end"] = new JsonObject { ["line"] = EndLine, ["character"] = EndCharacter },
    };

    public static LspRange FromJson(JsonNode range) => new(
        range["start"]!["line"]!.GetValue<int>(), range["start"]!["character"]!.GetValue<int>(),
        range["end"]!["line"]!.GetValue<int>(), range["end"]!["character"]!.GetValue<int>());
}

/// <summary>One diagnostic of a textDocument/publishDiagnostics notification (severity 1 error … 4 hint).</summary>
public sealed record LspDiagnostic(string? Code, LspRange Range, string Message, int Severity, JsonNode Json)
{
    public bool IsLambdaGen => Code is { Length: 6 } code && code.StartsWith("LG", StringComparison.Ordinal) && code[2..].All(char.IsAsciiDigit);

    public override string ToString() => $"{Code} {Range} [{Severity}] {Message}";

    public static LspDiagnostic FromJson(JsonNode diagnostic) => new(
        diagnostic["code"]?.ToString(),
        LspRange.FromJson(diagnostic["range"]!),
        diagnostic["message"]!.GetValue<string>(),
        diagnostic["severity"]?.GetValue<int>() ?? 0,
        diagnostic);
}

/// <summary>One publishDiagnostics notification as it arrived (Stopwatch timestamp taken on the reading thread).</summary>
public sealed record DiagnosticsPublication(int Sequence, string Uri, IReadOnlyList<LspDiagnostic> Diagnostics, long Arrived)
{
    public IEnumerable<LspDiagnostic> LambdaGen => Diagnostics.Where(d => d.IsLambdaGen);
}
