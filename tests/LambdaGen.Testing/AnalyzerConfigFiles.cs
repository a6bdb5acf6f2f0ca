using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Testing;

/// <summary>
/// <c>.editorconfig</c> and <c>.globalconfig</c> files applied to a compilation the way the compiler applies them:
/// parsed with Roslyn's own <see cref="AnalyzerConfig"/>/<see cref="AnalyzerConfigSet"/>, and handed to the compilation as
/// its <see cref="SyntaxTreeOptionsProvider"/> (<c>dotnet_diagnostic.ID.severity</c> per file, and project-wide from a
/// global config). Paths are absolute: <c>("/src/.editorconfig", "root = true\n[*.cs]\n…")</c>.
/// </summary>
public sealed class AnalyzerConfigFiles : SyntaxTreeOptionsProvider
{
    private readonly AnalyzerConfigSet _set;

    private AnalyzerConfigFiles(AnalyzerConfigSet set) => _set = set;

    public static AnalyzerConfigFiles Parse(params (string Path, string Text)[] files) =>
        new(AnalyzerConfigSet.Create(files.Select(f => AnalyzerConfig.Parse(f.Text, f.Path)).ToList()));

    /// <summary>The compilation with these files as its severity configuration.</summary>
    public static TCompilation Apply<TCompilation>(TCompilation compilation, params (string Path, string Text)[] files) where TCompilation : Compilation =>
        (TCompilation)compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(Parse(files)));

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
}
