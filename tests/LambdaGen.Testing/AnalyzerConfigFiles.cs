using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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

    /// <summary>
    /// The analyzer options of these files as the compiler passes them to analyzers and generators: per file the
    /// non-severity keys of its sections (<c>dotnet_analyzer_diagnostic.*</c> among them) and of the global config,
    /// globally <paramref name="globalOptions"/> (the <c>build_property.*</c> values) with the global config's keys.
    /// </summary>
    public static AnalyzerConfigOptionsProvider OptionsProvider(IReadOnlyDictionary<string, string> globalOptions, params (string Path, string Text)[] files) =>
        new AnalyzerConfigFilesOptions(Parse(files)._set, globalOptions);

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
}

internal sealed class AnalyzerConfigFilesOptions : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _set;

    public AnalyzerConfigFilesOptions(AnalyzerConfigSet set, IReadOnlyDictionary<string, string> global)
    {
        _set = set;
        GlobalOptions = new Options(set.GlobalConfigOptions.AnalyzerOptions.SetItems(global));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
