using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LambdaGen.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace LambdaGen.Testing;

/// <summary>What to analyse besides the main source; every member is optional.</summary>
public sealed record AnalyzerSetup
{
    /// <summary>MSBuild properties on top of <see cref="TestOptions.Create(IEnumerable{ValueTuple{string, string}}?, string)"/>'s defaults.</summary>
    public IEnumerable<(string Key, string? Value)>? Properties { get; init; }

    /// <summary>References besides .NET 8 and LambdaGen.Attributes.</summary>
    public IEnumerable<MetadataReference>? References { get; init; }

    /// <summary>More (unmarked) source files compiled with the main one.</summary>
    public IEnumerable<(string Path, string Source)>? AdditionalSources { get; init; }

    /// <summary>Analyzers to run; <see cref="LambdaFunctionAnalyzer"/> when default.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; init; }

    /// <summary>Assembly name (also the default RootNamespace property).</summary>
    public string AssemblyName { get; init; } = TestCompilation.DefaultAssemblyName;

    /// <summary>Path of the main source file.</summary>
    public string Path { get; init; } = TestCompilation.DefaultPath;

    /// <summary>False for half-typed sources: analyse even when the compiler reports errors.</summary>
    public bool RequireCompiles { get; init; } = true;

    /// <summary>Run LambdaGen's generator first and analyse its output too, as a build does: for the rules about what the
    /// generated code meets in the project (LG0110–LG0112), which look at that output.</summary>
    public bool RunGenerator { get; init; }

    /// <summary>Shorthand for a setup with MSBuild properties only:
    /// <c>AnalyzerSetup.WithProperties(("LambdaMemorySize", "64"))</c>.</summary>
    public static AnalyzerSetup WithProperties(params (string Key, string? Value)[] properties) => new() { Properties = properties };

    internal ImmutableArray<DiagnosticAnalyzer> EffectiveAnalyzers =>
        Analyzers.IsDefaultOrEmpty ? ImmutableArray.Create<DiagnosticAnalyzer>(new LambdaFunctionAnalyzer()) : Analyzers;
}

/// <summary>
/// Runs analyzers the way the compiler does (<c>compilation.WithAnalyzers</c>, compilation-end actions
/// included) with every supported ID forced on at its default severity, and fails the test if an analyzer
/// throws (AD0001).
/// </summary>
public static class AnalyzerRunner
{
    /// <summary>Analyzer diagnostics of one (plain, unmarked) source file, sorted by location.</summary>
    public static Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(string source, IEnumerable<(string Key, string? Value)>? properties = null) =>
        GetDiagnosticsAsync(source, new AnalyzerSetup { Properties = properties });

    /// <summary>Analyzer diagnostics of one (plain, unmarked) source file, sorted by location.</summary>
    public static Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(string source, AnalyzerSetup setup)
    {
        var sources = new[] { (setup.Path, source) }.Concat(setup.AdditionalSources ?? []);
        Compilation compilation = setup.RequireCompiles
            ? TestCompilation.Create(sources, setup.References, setup.AssemblyName)
            : TestCompilation.CreateUnchecked(sources, setup.References, setup.AssemblyName);
        var options = TestOptions.Create(setup.Properties, setup.AssemblyName);
        if (setup.RunGenerator)
        {
            compilation = GeneratorRunner.Run(GeneratorRunner.CreateDriver([new LambdaGen.Analyzers.Generation.LambdaGenerator()], options), compilation, requireCleanOutput: setup.RequireCompiles).OutputCompilation;
        }

        return GetDiagnosticsAsync(compilation, options, setup.EffectiveAnalyzers);
    }

    /// <summary>
    /// The general form: any compilation, options and analyzers. Fails the test when an analyzer threw
    /// (the <c>onAnalyzerException</c> callback or an AD0001/AD0002 diagnostic).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(
        Compilation compilation,
        AnalyzerConfigOptionsProvider options,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<AdditionalText> additionalTexts = default,
        CancellationToken cancellationToken = default,
        bool forceDefaultSeverities = true)
    {
        if (forceDefaultSeverities)
        {
            var forced = analyzers.SelectMany(a => a.SupportedDiagnostics)
                .GroupBy(d => d.Id)
                .Select(g => new KeyValuePair<string, ReportDiagnostic>(g.Key, ToReport(g.First().DefaultSeverity)));
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
                compilation.Options.SpecificDiagnosticOptions.SetItems(forced)));
        }

        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalTexts.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalTexts, options),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var crashes = diagnostics.Where(d => d.Id is "AD0001" or "AD0002").Select(d => TestCompilation.Format(d)).Concat(exceptions).ToList();
        if (crashes.Count > 0)
        {
            Assert.Fail("An analyzer threw (AD0001):\n" + string.Join("\n", crashes) + "\n--- source:\n" + string.Join("\n", compilation.SyntaxTrees.Select(t => t.ToString())));
        }

        return Sort(diagnostics);
    }

    /// <summary>
    /// The analyzer diagnostics as a build reports them: with the compilation's own severity configuration (NoWarn,
    /// WarningsAsErrors, TreatWarningsAsErrors, <see cref="AnalyzerConfigFiles"/>) instead of every rule at its default.
    /// </summary>
    public static Task<ImmutableArray<Diagnostic>> GetBuildDiagnosticsAsync(Compilation compilation, AnalyzerConfigOptionsProvider options) =>
        GetDiagnosticsAsync(compilation, options, ImmutableArray.Create<DiagnosticAnalyzer>(new LambdaFunctionAnalyzer()), forceDefaultSeverities: false);

    /// <summary>No-location diagnostics first (by ID, message), then by file, position, ID.</summary>
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.IsInSource ? 1 : 0)
            .ThenBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>
    /// Analyses <paramref name="markupSource"/> (see <see cref="Markup"/>) and asserts the exact diagnostics:
    /// <paramref name="expected"/>[i] is the ID and message of the i-th marked span in source order (the main file
    /// first, then each of <see cref="AnalyzerSetup.AdditionalSources"/>, which may carry markup too); entries beyond
    /// the marked spans are diagnostics without a source location (MSBuild properties), in any order.
    /// With no <paramref name="expected"/> at all, only the marked IDs and spans are checked (every span then
    /// needs an explicit ID), and a source without markup must produce no diagnostic.
    /// </summary>
    public static Task VerifyAsync(string markupSource, params (string Id, string Message)[] expected) =>
        VerifyAsync(markupSource, new AnalyzerSetup(), expected);

    /// <inheritdoc cref="VerifyAsync(string, ValueTuple{string, string}[])"/>
    public static async Task VerifyAsync(string markupSource, AnalyzerSetup setup, params (string Id, string Message)[] expected)
    {
        var files = new[] { (setup.Path, Markup: Markup.Parse(markupSource)) }
            .Concat((setup.AdditionalSources ?? []).Select(s => (s.Path, Markup: Markup.Parse(s.Source))))
            .ToList();
        var spans = files.SelectMany(f => f.Markup.Spans.Select(span => (f.Path, span))).ToList();
        bool checkMessages = expected.Length > 0;
        if (checkMessages && expected.Length < spans.Count)
        {
            Assert.Fail($"The markup has {spans.Count} spans but only {expected.Length} expected messages were given.");
        }

        var expectations = new List<Expectation>();
        for (int i = 0; i < spans.Count; i++)
        {
            var (path, span) = spans[i];
            string? id = checkMessages ? expected[i].Id : span.Id;
            if (id is null)
            {
                Assert.Fail($"Markup span {i} ([|…|]) has no ID and no expected message gives one.");
            }

            if (span.Id is not null && span.Id != id)
            {
                Assert.Fail($"Markup span {i} says {span.Id} but expected message {i} says {id}.");
            }

            expectations.Add(new Expectation(id, checkMessages ? expected[i].Message : null, path, span.Span));
        }
        for (int i = spans.Count; i < expected.Length; i++)
        {
            expectations.Add(new Expectation(expected[i].Id, expected[i].Message, null, null));
        }

        var cleanSetup = setup with { AdditionalSources = files.Skip(1).Select(f => (f.Path, f.Markup.Source)).ToList() };
        var actual = await GetDiagnosticsAsync(files[0].Markup.Source, cleanSetup).ConfigureAwait(false);
        var failure = Compare(expectations, actual, checkMessages);
        if (failure is not null)
        {
            Assert.Fail(failure + "\n\nExpected:\n" + string.Join("\n", expectations.Select(e => "  " + e)) +
                        "\nActual:\n" + string.Join("\n", actual.Select(d => "  " + Describe(d))) +
                        "\n\nSource with the actual diagnostics:\n" +
                        string.Join("\n", files.Select(f => (files.Count > 1 ? $"--- {f.Path}\n" : "") + Markup.Annotate(f.Markup.Source, actual, files.Count > 1 ? f.Path : setup.Path))));
        }
    }

    private static string? Compare(List<Expectation> expected, ImmutableArray<Diagnostic> actual, bool checkMessages)
    {
        var located = actual.Where(d => d.Location.IsInSource).ToList();
        var unlocated = actual.Where(d => !d.Location.IsInSource).ToList();
        // The same order as Sort: file, start, end, ID.
        var expectedLocated = expected.Where(e => e.Span is not null)
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Span!.Value.Start).ThenBy(e => e.Span!.Value.End).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var expectedUnlocated = expected.Where(e => e.Span is null).OrderBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal).ToList();

        if (located.Count != expectedLocated.Count)
        {
            return $"Expected {expectedLocated.Count} diagnostic(s) in source but got {located.Count}.";
        }

        for (int i = 0; i < located.Count; i++)
        {
            var (d, e) = (located[i], expectedLocated[i]);
            if (d.Id != e.Id || d.Location.SourceSpan != e.Span || d.Location.SourceTree?.FilePath != e.Path)
            {
                return $"Diagnostic {i}: expected {e} but got {Describe(d)}.";
            }

            if (checkMessages && d.GetMessage(CultureInfo.InvariantCulture) != e.Message)
            {
                return $"Diagnostic {i} ({d.Id} at {d.Location.SourceSpan}) message:\n  expected: {e.Message}\n  actual:   {d.GetMessage(CultureInfo.InvariantCulture)}";
            }
        }

        if (!checkMessages)
        {
            return unlocated.Count == 0 ? null : $"Unexpected diagnostic(s) without location: {string.Join("; ", unlocated.Select(Describe))}";
        }

        if (unlocated.Count != expectedUnlocated.Count)
        {
            return $"Expected {expectedUnlocated.Count} diagnostic(s) without a source location but got {unlocated.Count}.";
        }

        for (int i = 0; i < unlocated.Count; i++)
        {
            var (d, e) = (unlocated[i], expectedUnlocated[i]);
            if (d.Id != e.Id || d.GetMessage(CultureInfo.InvariantCulture) != e.Message)
            {
                return $"Diagnostic without location {i}: expected {e} but got {Describe(d)}.";
            }
        }
        return null;
    }

    /// <summary><c>LG0010 [40..42) "message"</c>.</summary>
    public static string Describe(Diagnostic d) =>
        $"{d.Id} {(d.Location.IsInSource ? d.Location.SourceTree?.FilePath + " " + Describe(d.Location.SourceSpan) : "(no location)")} {d.Severity}: {d.GetMessage(CultureInfo.InvariantCulture)}";

    private static string Describe(TextSpan span) => $"[{span.Start}..{span.End})";

    private static ReportDiagnostic ToReport(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => ReportDiagnostic.Error,
        DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
        DiagnosticSeverity.Info => ReportDiagnostic.Info,
        _ => ReportDiagnostic.Hidden,
    };

    private sealed record Expectation(string Id, string? Message, string? Path, TextSpan? Span)
    {
        public override string ToString() => $"{Id} {(Span is { } s ? Path + " " + Describe(s) : "(no location)")}{(Message is null ? "" : ": " + Message)}";
    }
}
