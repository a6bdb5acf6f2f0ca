using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using LambdaGen.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NoOpAnalyzerFloor = LambdaGen.NoOpAnalyzer.NoOpAnalyzer;

namespace LambdaGen.Benchmarks.Scaling;

/// <summary>
/// Measures one iteration of every arm on a project and checks that each did its whole job: binding found no compiler
/// error, LambdaGen's analyzer reported exactly <see cref="SyntheticProject.ExpectedDiagnosticIds"/> and the floors
/// nothing, none throwing.
/// </summary>
/// <remarks>
/// By default every arm are single-threaded (<c>concurrentBuild: false</c>, <c>concurrentAnalysis: false</c>): Roslyn's
/// per-analyzer time is a sum of callback durations, which compares with a sequential binding's wall time but not with
/// a parallel one's. With <c>concurrent</c>, every arm run in parallel instead (what a build does).
/// </remarks>
public static class AnalyzerScalingMeasurement
{
    /// <summary>Four arms on fresh compilations of the same trees: binding alone, LambdaGen's analyzer alone, the no-op
    /// analyzer alone, and an analyzer that only reads each method's attributes (<see cref="AttributeReadingAnalyzer"/>). <paramref name="rotation"/> turns their order round from one iteration to the next, so that no arm
    /// is always the one that follows another's garbage.</summary>
    public static ScalingSample MeasureOnce(SyntheticProject project, bool concurrent, int rotation)
    {
        double bindingMs = 0, lambdaGenWallMs = 0, noOpWallMs = 0, attributeReadingWallMs = 0;
        TimeSpan lambdaGenTelemetry = default, attributeReadingTelemetry = default;
        for (int arm = 0; arm < 4; arm++)
        {
            switch ((arm + rotation) % 4)
            {
                case 0:
                    bindingMs = MeasureBinding(project, concurrent);
                    break;
                case 1:
                    (lambdaGenWallMs, lambdaGenTelemetry) = MeasureAnalysis(project, concurrent, new LambdaFunctionAnalyzer(), project.ExpectedDiagnosticIds);
                    break;
                case 2:
                    (noOpWallMs, _) = MeasureAnalysis(project, concurrent, new NoOpAnalyzerFloor(), ImmutableArray<string>.Empty);
                    break;
                default:
                    (attributeReadingWallMs, attributeReadingTelemetry) = MeasureAnalysis(project, concurrent, new AttributeReadingAnalyzer(), ImmutableArray<string>.Empty);
                    break;
            }
        }
        return new ScalingSample(bindingMs, lambdaGenTelemetry.TotalMilliseconds, lambdaGenWallMs, noOpWallMs,
            attributeReadingTelemetry.TotalMilliseconds, attributeReadingWallMs);
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

    /// <summary><c>GetAnalyzerDiagnosticsAsync</c> with <paramref name="analyzer"/> alone on a fresh compilation (so it
    /// binds the project too, as a build does): its wall time and Roslyn's telemetry for the analyzer's callbacks.</summary>
    private static (double WallMs, TimeSpan Telemetry) MeasureAnalysis(SyntheticProject project, bool concurrent,
        DiagnosticAnalyzer analyzer, ImmutableArray<string> expectedIds)
    {
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzer = project.CreateCompilation(concurrent).WithAnalyzers(
            ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, SyntheticProject.Options),
                onAnalyzerException: (exception, failed, _) => exceptions.Enqueue($"{failed.GetType().Name}: {exception}"),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));
        CollectGarbage();
        var watch = Stopwatch.StartNew();
        var diagnostics = withAnalyzer.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var wallMs = watch.Elapsed.TotalMilliseconds;
        var telemetry = withAnalyzer.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;

        var crashes = diagnostics.Where(d => d.Id is "AD0001" or "AD0002").Select(d => d.ToString()).Concat(exceptions).ToList();
        if (crashes.Count > 0)
            throw new InvalidOperationException("An analyzer threw:\n" + string.Join("\n", crashes));
        var actual = diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToImmutableArray();
        if (!actual.SequenceEqual(expectedIds))
            throw new InvalidOperationException($"Unexpected workload for {analyzer.GetType().Name} at {project.Handlers} handlers:\n" +
                                                $"  expected {string.Join(" ", expectedIds)}\n" +
                                                $"  actual   {string.Join(" ", actual)}\n" +
                                                string.Join("\n", diagnostics.Take(20)));
        return (wallMs, telemetry);
    }

    /// <summary>So that garbage from the previous arm is not collected on the next arm's clock.</summary>
    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
