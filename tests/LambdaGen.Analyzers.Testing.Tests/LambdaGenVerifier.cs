using System.Text;
using LambdaGen.Analyzers.Diagnostics;
using LambdaGen.Core.Rules;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LambdaGen.Analyzers.Testing.Tests;

/// <summary>
/// LambdaGen's project as Microsoft.CodeAnalysis.Testing builds it: offline references (Basic.Reference.Assemblies' .NET 8
/// and LambdaGen.Attributes, no reference package downloaded), C# latest, the assembly TestFunctions, and the MSBuild
/// properties a test sets as a global analyzer config (<c>build_property.X</c>), over the defaults the hand-written
/// harness uses (TestOptions: TargetFramework net10.0, RootNamespace).
/// </summary>
internal static class LambdaGenProject
{
    /// <summary>No reference package: the references are added explicitly, so nothing is resolved from a feed.</summary>
    public static readonly ReferenceAssemblies Offline = new("net8.0");

    public static void Configure(SolutionState state, IEnumerable<(string Key, string? Value)>? properties, IEnumerable<MetadataReference>? references)
    {
        state.AdditionalReferences.AddRange(TestCompilation.DefaultReferences);
        state.AdditionalReferences.AddRange(references ?? []);
        var options = TestOptions.Create(properties);
        var config = new StringBuilder("is_global = true\n");
        foreach (var key in options.GlobalOptions.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (options.GlobalOptions.TryGetValue(key, out var value))
            {
                config.Append(key).Append(" = ").Append(value).Append('\n');
            }
        }

        state.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
    }

    public static Solution Transform(Solution solution, ProjectId project) =>
        solution.WithProjectAssemblyName(project, TestCompilation.DefaultAssemblyName)
            .WithProjectParseOptions(project, new CSharpParseOptions(LanguageVersion.Latest))
            .WithProjectCompilationOptions(project, ((CSharpCompilationOptions)solution.GetProject(project)!.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable));

    /// <summary>The diagnostic the rule's descriptor gives, at its default severity.</summary>
    public static DiagnosticResult Diagnostic(string id) =>
        new(id, RuleCatalog.All.First(r => r.Id == id).Severity == RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);

    /// <summary>The Testing package's default name of the one source file.</summary>
    public const string SourcePath = "/0/Test0.cs";

    /// <summary>The hand-written harness's markup (<c>{|LG0010:20000|}</c>) as the clean source and the diagnostics the
    /// Testing package must find, each at its exact span with its exact message: the i-th marked span in source order
    /// (start, end, ID — Markup's order) gets the i-th message; messages beyond the spans have no location.</summary>
    public static (string Code, DiagnosticResult[] Expected) Expect(string markup, IReadOnlyList<(string Id, string Message)> messages)
    {
        var parsed = Markup.Parse(markup);
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(parsed.Source);
        var expected = new List<DiagnosticResult>();
        for (int i = 0; i < messages.Count; i++)
        {
            var result = Diagnostic(messages[i].Id).WithMessage(messages[i].Message);
            if (i < parsed.Spans.Length)
            {
                Assert.Equal(parsed.Spans[i].Id, messages[i].Id);
                var span = text.Lines.GetLinePositionSpan(parsed.Spans[i].Span);
                result = result.WithSpan(SourcePath, span.Start.Line + 1, span.Start.Character + 1, span.End.Line + 1, span.End.Character + 1);
            }
            expected.Add(result);
        }
        return (parsed.Source, expected.ToArray());
    }
}

/// <summary>The analyzer alone on the Testing package.</summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<LambdaFunctionAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(IEnumerable<(string Key, string? Value)>? properties = null, IEnumerable<MetadataReference>? references = null)
    {
        ReferenceAssemblies = LambdaGenProject.Offline;
        LambdaGenProject.Configure(TestState, properties, references);
        SolutionTransforms.Add(LambdaGenProject.Transform);
    }
}

/// <summary>The analyzer and one code-fix provider on the Testing package: the fix is applied until no diagnostic it fixes
/// is left, Fix All is tried in document, project and solution scope, and the fixed code must have no new diagnostic.</summary>
internal sealed class CodeFixTest<TProvider> : CSharpCodeFixTest<LambdaFunctionAnalyzer, TProvider, DefaultVerifier>
    where TProvider : CodeFixProvider, new()
{
    public CodeFixTest(IEnumerable<(string Key, string? Value)>? properties = null)
    {
        ReferenceAssemblies = LambdaGenProject.Offline;
        LambdaGenProject.Configure(TestState, properties, null);
        LambdaGenProject.Configure(FixedState, properties, null);
        LambdaGenProject.Configure(BatchFixedState, properties, null);
        SolutionTransforms.Add(LambdaGenProject.Transform);
    }
}
