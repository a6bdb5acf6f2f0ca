using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Benchmarks.Scaling;

/// <summary>
/// Explains Roslyn's telemetry: an analyzer that only asks every method for its attributes, as LambdaGen's does first, and
/// reports nothing. Attributes are bound lazily, on first request, so the binding a build would do anyway is charged to
/// whichever analyzer asks before the compiler's own pass: this arm's telemetry is that share, and its wall time stays
/// the no-op analyzer's.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class AttributeReadingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Unused = new("BENCH0002", "unused", "unused", "Bench", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSymbolAction(symbol => _ = symbol.Symbol.GetAttributes().Length, SymbolKind.Method);
            start.RegisterCompilationEndAction(_ => { });
        });
    }
}
