using System.Text.RegularExpressions;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>One diagnostic line of a command-line build: 1-based line and column, the message without its help link.</summary>
public sealed record BuildDiagnostic(string Id, string Severity, int Line, int Column, string Message);

public static partial class BuildDiagnostics
{
    /// <summary>
    /// The distinct LambdaGen (LGnnnn) diagnostics reported in <paramref name="fileName"/>, from lines such as
    /// <c>/p/Handlers.cs(9,64): error LG0010: MemorySize 20000 is … (https://…#lg0010) [/p/Shop.csproj]</c>.
    /// </summary>
    public static IReadOnlyList<BuildDiagnostic> LambdaGen(string buildOutput, string fileName) =>
        buildOutput.Split('\n')
            .Select(line => Line().Match(line.TrimEnd('\r')))
            .Where(m => m.Success && Path.GetFileName(m.Groups["file"].Value) == fileName)
            .Select(m => new BuildDiagnostic(m.Groups["id"].Value, m.Groups["severity"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value), m.Groups["message"].Value))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<id>LG\d{4}): (?<message>.*?)(?: \(https?://\S+\))? \[[^\]]+\]$")]
    private static partial Regex Line();
}
