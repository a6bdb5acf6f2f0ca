using System.Linq;
using LambdaGen.Core.Codes;
using LambdaGen.Core.Rules;

namespace LambdaGen.Deploy;

/// <summary>Where progress and errors go.</summary>
public interface IDeployLog
{
    /// <summary>A progress line (one per function per stage).</summary>
    void Info(string line);

    void Warning(string? file, string code, string message);

    void Error(string? file, string code, string message);
}

/// <summary>
/// Writes for MSBuild's Exec task: progress lines start with <c>LambdaDeploy:</c> (the target runs the
/// tool with StandardOutputImportance=high, so they show at normal verbosity), and errors/warnings use
/// MSBuild's canonical format (<c>file : error LGD010: message (help link)</c>) so they become build errors. The help link
/// (the code's section of build-and-deploy-codes.md, or of analyzers.md for an LG rule the re-check reports) is in the
/// text because Exec's canonical errors have no HelpLink of their own.
/// </summary>
public sealed class ConsoleDeployLog : IDeployLog
{
    public const string Prefix = "LambdaDeploy: ";
    private readonly TextWriter _out;
    private readonly object _gate = new();

    public ConsoleDeployLog(TextWriter output)
    {
        _out = output;
    }

    public void Info(string line) => Write(Prefix + line);

    public void Warning(string? file, string code, string message) => Write(WithHelpLink(Canonical(file, "warning", code, message), code));

    public void Error(string? file, string code, string message) => Write(WithHelpLink(Canonical(file, "error", code, message), code));

    internal static string WithHelpLink(string line, string code) =>
        (ToolCodeCatalog.HelpLink(code) ?? RuleCatalog.All.FirstOrDefault(r => r.Id == code)?.HelpLink) is { } link ? line + " (" + link + ")" : line;

    internal static string Canonical(string? file, string category, string code, string message) =>
        $"{(string.IsNullOrEmpty(file) ? "LambdaGen.Deploy" : file)} : {category} {code}: {OneLine(message)}";

    private static string OneLine(string s) => s.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private void Write(string line)
    {
        lock (_gate)
        {
            _out.WriteLine(line);
            _out.Flush();
        }
    }
}
