using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LambdaGen.Testing;

/// <summary>The outcome of one generator run.</summary>
public sealed record GeneratorRun(GeneratorDriver Driver, Compilation OutputCompilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>Every generated file (hint name, text) of every generator.</summary>
    public ImmutableArray<GeneratedSourceResult> GeneratedSources =>
        Driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToImmutableArray();
}

/// <summary>Runs incremental generators with step tracking on, as STYLE.md §3.2 describes.</summary>
public static class GeneratorRunner
{
    /// <summary>A driver for <paramref name="generators"/> with the test parse options (or <paramref name="parseOptions"/>) and
    /// step tracking (off only where a test measures what the IDE and the compiler hold: a tracked step keeps its inputs).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<IIncrementalGenerator> generators, AnalyzerConfigOptionsProvider? options = null,
        IEnumerable<AdditionalText>? additionalTexts = null, CSharpParseOptions? parseOptions = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            generators.Select(g => g.AsSourceGenerator()),
            additionalTexts,
            parseOptions ?? TestCompilation.ParseOptions,
            options ?? TestOptions.Create(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// Runs the driver and updates the compilation. Fails the test when the generators reported a diagnostic
    /// (CS8785: a generator threw) or, with <paramref name="requireCleanOutput"/>, when a generated file has warnings
    /// or errors, or the output has errors the input did not have (LambdaGen's own LG IDs excluded).
    /// </summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation, bool requireCleanOutput = true, CancellationToken cancellationToken = default)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, cancellationToken);
        var crashes = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (crashes.Count > 0)
        {
            Assert.Fail("The generator reported:\n" + string.Join("\n", crashes.Select(TestCompilation.Format)));
        }

        if (requireCleanOutput)
        {
            // Warnings and errors in generated files, and errors anywhere that the input did not already have.
            var inputTrees = compilation.SyntaxTrees.ToHashSet();
            var inputErrors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => (d.Id, d.Location.SourceTree?.FilePath, d.Location.SourceSpan)).ToHashSet();
            var problems = output.GetDiagnostics(cancellationToken)
                .Where(d => d.Severity >= DiagnosticSeverity.Warning && !TestCompilation.IsLambdaGen(d.Id))
                .Where(d => (d.Location.SourceTree is { } tree && !inputTrees.Contains(tree))
                            || (d.Severity == DiagnosticSeverity.Error && !inputErrors.Contains((d.Id, d.Location.SourceTree?.FilePath, d.Location.SourceSpan))))
                .ToList();
            if (problems.Count > 0)
            {
                Assert.Fail("The generated code does not compile cleanly:\n" + string.Join("\n", problems.Select(TestCompilation.Format)) +
                            "\n" + string.Join("\n", output.SyntaxTrees.Where(t => !inputTrees.Contains(t)).Select(t => $"--- {t.FilePath}\n{t}")));
            }
        }
        return new GeneratorRun(driver, output, diagnostics);
    }

    /// <summary>One-shot: compile <paramref name="source"/>, run <paramref name="generator"/>, check the output.</summary>
    public static GeneratorRun Run(IIncrementalGenerator generator, string source, IEnumerable<(string Key, string? Value)>? properties = null, bool requireCleanOutput = true) =>
        Run(CreateDriver(new[] { generator }, TestOptions.Create(properties)), TestCompilation.Create(source), requireCleanOutput);
}
