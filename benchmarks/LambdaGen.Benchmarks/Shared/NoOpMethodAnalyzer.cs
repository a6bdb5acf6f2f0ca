using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Benchmarks.Shared;

/// <summary>
/// The floor for an analyzer shaped like <see cref="LambdaGen.Analyzers.Diagnostics.LambdaFunctionAnalyzer"/>: it registers
/// the same actions (a compilation start, a symbol action on every method, a compilation end) and does nothing in them,
/// so its time is what Roslyn charges for calling an analyzer at all.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpMethodAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Unused = new("BENCH0001", "unused", "unused", "Bench", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSymbolAction(_ => { }, SymbolKind.Method);
            start.RegisterCompilationEndAction(_ => { });
        });
    }
}
