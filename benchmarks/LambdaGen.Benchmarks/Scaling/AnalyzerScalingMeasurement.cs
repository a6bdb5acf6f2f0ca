using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using LambdaGen.Analyzers.Diagnostics;
using LambdaGen.Benchmarks.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Benchmarks.Scaling;

/// <summary>
/// Measures one iteration of both arms on a project and checks that each did its whole job: binding found no compiler
/// error, and the analyzer reported exactly <see cref="SyntheticProject.ExpectedDiagnosticIds"/> without throwing.
/// </summary>
/// <remarks>
/// By default both arms are single-threaded (<c>concurrentBuild: false</c>, <c>concurrentAnalysis: false</c>): Roslyn's
/// per-analyzer time is a sum of callback durations, which compares with a sequential binding's wall time but not with
/// a parallel one's. With <c>concurrent</c>, both arms run in parallel instead (what a build does).
/// </remarks>
public static class AnalyzerScalingMeasurement
{
    public static ScalingSample MeasureOnce(SyntheticProject project, bool concurrent, bool bindingFirst)
    {
        double bindingMs, analyzerMs, noOpMs, wallMs;
        if (bindingFirst)
        {
            bindingMs = MeasureBinding(project, concurrent);
            (analyzerMs, noOpMs, wallMs) = MeasureAnalysis(project, concurrent);
        }
        else
        {
            (analyzerMs, noOpMs, wallMs) = MeasureAnalysis(project, concurrent);
            bindingMs = MeasureBinding(project, concurrent);
        }
        return new ScalingSample(bindingMs, analyzerMs, noOpMs, wallMs);
    }

    private static double MeasureBinding(SyntheticProject project, bool concurrent)
    {
        var compilation = project.CreateCompilation(concurrent);
        CollectGarbage();
        var watch = Stopwatch.StartNew();
        var diagnostics = compilation.GetDiagnostics();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException($"The synthetic project of {project.Handlers} handlers does not compile:\n" +
                                                string.Join("\n", errors.Take(10)));
        return elapsed;
    }

    private static (double AnalyzerMs, double NoOpMs, double WallMs) MeasureAnalysis(SyntheticProject project, bool concurrent)
    {
        var lambdaGen = new LambdaFunctionAnalyzer();
        var noOp = new NoOpMethodAnalyzer();
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = project.CreateCompilation(concurrent).WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(lambdaGen, noOp),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, SyntheticProject.Options),
                onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));
        CollectGarbage();
        var watch = Stopwatch.StartNew();
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var wallMs = watch.Elapsed.TotalMilliseconds;
        var lambdaGenTime = withAnalyzers.GetAnalyzerTelemetryInfoAsync(lambdaGen, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        var noOpTime = withAnalyzers.GetAnalyzerTelemetryInfoAsync(noOp, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;

        var crashes = diagnostics.Where(d => d.Id is "AD0001" or "AD0002").Select(d => d.ToString()).Concat(exceptions).ToList();
        if (crashes.Count > 0)
            throw new InvalidOperationException("An analyzer threw:\n" + string.Join("\n", crashes));
        var actual = diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToImmutableArray();
        if (!actual.SequenceEqual(project.ExpectedDiagnosticIds))
            throw new InvalidOperationException($"Unexpected workload at {project.Handlers} handlers:\n" +
                                                $"  expected {string.Join(" ", project.ExpectedDiagnosticIds)}\n" +
                                                $"  actual   {string.Join(" ", actual)}\n" +
                                                string.Join("\n", diagnostics.Take(20)));
        return (lambdaGenTime.TotalMilliseconds, noOpTime.TotalMilliseconds, wallMs);
    }

    /// <summary>So that garbage from the previous arm is not collected on the next arm's clock.</summary>
    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
