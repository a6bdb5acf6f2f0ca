using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using LambdaGen.Analyzers.Diagnostics;
using LambdaGen.Analyzers.Generation;
using LambdaGen.Generator.Benchmarks;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NoOpAnalyzerFloor = LambdaGen.NoOpAnalyzer.NoOpAnalyzer;

namespace LambdaGen.Duplicates.Benchmarks;

/// <summary>
/// Issue 19's linearity check: one class of N handlers whose function names are all different, or all the same (LG0002 on
/// every handler, and the generated classes need suffixes), measured against the do-nothing analyzer and generator in the
/// same run. Work that grows with the square of the duplicates shows as a ratio that grows with N; linear work keeps it flat.
/// <code>
/// dotnet run -c Release --project benchmarks/LambdaGen.Duplicates.Benchmarks                  # 500, 1,000 and 2,000 handlers
/// dotnet run -c Release --project benchmarks/LambdaGen.Duplicates.Benchmarks -- --quick       # CI: 100 and 400, one iteration
/// </code>
/// </summary>
public static class Program
{
    private enum Names { Unique, Shared }

    public static int Main(string[] args)
    {
        bool quick = args.Contains("--quick");
        int[] sizes = quick ? new[] { 100, 400 } : new[] { 500, 1000, 2000 };
        int iterations = quick ? 1 : 7;
        var options = TestOptions.Create([("LambdaRole", "arn:aws:iam::123456789012:role/orders-lambda")]);

        Console.WriteLine($"# Duplicate function names: LambdaGen vs the do-nothing analyzer and generator ({DateTime.UtcNow:yyyy-MM-dd}, " +
                          $"{Environment.ProcessorCount} cores; median of {iterations}; analyzer: process CPU ms, single-threaded; generator: {ThreadClock.Description})");
        Console.WriteLine();
        Console.WriteLine("| handlers | names | analyzer ms | no-op analyzer ms | × | generator ms | floor ms | × | LG0002 |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        var ratios = new Dictionary<(Names, int), (double Analyzer, double Generator)>();
        foreach (var names in Enum.GetValues<Names>())
        {
            foreach (int size in sizes)
            {
                var compilation = Project(size, names);
                var (analyzer, duplicates) = Median(iterations, () => Analyze(compilation, options, new LambdaFunctionAnalyzer()));
                var (noOp, _) = Median(iterations, () => Analyze(compilation, options, new NoOpAnalyzerFloor()));
                var (generator, _) = Median(iterations, () => Generate(compilation, options, new LambdaGenerator()));
                var (floor, _) = Median(iterations, () => Generate(compilation, options, new DoNothingGenerator()));
                ratios[(names, size)] = (analyzer / noOp, generator / floor);
                Console.WriteLine($"| {size:N0} | {names} | {analyzer:F0} | {noOp:F0} | {analyzer / noOp:F2} | {generator:F0} | {floor:F0} | {generator / floor:F2} | {duplicates:N0} |");
            }
        }

        // Linear work: the ratio at the largest size is about the ratio at the smallest (printed, never asserted).
        Console.WriteLine();
        Console.WriteLine($"| names | analyzer × at {sizes[^1]:N0} / at {sizes[0]:N0} | generator × at {sizes[^1]:N0} / at {sizes[0]:N0} |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var names in Enum.GetValues<Names>())
        {
            var (small, large) = (ratios[(names, sizes[0])], ratios[(names, sizes[^1])]);
            Console.WriteLine($"| {names} | {large.Analyzer / small.Analyzer:F2} | {large.Generator / small.Generator:F2} |");
        }
        return 0;
    }

    /// <summary>One class of <paramref name="size"/> handlers; with <see cref="Names.Shared"/> every one is named "orders".</summary>
    private static CSharpCompilation Project(int size, Names names)
    {
        var source = new StringBuilder("using System.IO;\nusing LambdaGen;\nnamespace Shop;\npublic static class Functions\n{\n");
        for (int i = 0; i < size; i++)
        {
            var name = names == Names.Shared ? "orders" : "orders-" + i.ToString(CultureInfo.InvariantCulture);
            source.Append($"    [LambdaFunction(FunctionName = \"{name}\", MemorySize = 512)]\n    public static Stream Handle{i}(Stream input) => input;\n");
        }
        source.Append("}\n");
        return TestCompilation.Create(source.ToString());
    }

    /// <summary>Process CPU ms of one single-threaded analysis (the neighbours on a shared machine do not count; Roslyn may
    /// run the callbacks on pool threads, so the calling thread's clock would miss them), and how many LG0002 it reported.</summary>
    private static (double Ms, int Duplicates) Analyze(Compilation compilation, AnalyzerConfigOptionsProvider options, DiagnosticAnalyzer analyzer)
    {
        var withAnalyzers = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false)).WithAnalyzers(
            ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options),
                onAnalyzerException: (e, _, _) => throw new InvalidOperationException("analyzer threw", e),
                concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var elapsed = Process.GetCurrentProcess().TotalProcessorTime - start;
        return (elapsed.TotalMilliseconds, diagnostics.Count(d => d.Id == "LG0002"));
    }

    /// <summary>One cold driver run (a new driver each time) on this thread's clock.</summary>
    private static (double Ms, int Files) Generate(Compilation compilation, AnalyzerConfigOptionsProvider options, IIncrementalGenerator generator)
    {
        var driver = GeneratorRunner.CreateDriver(new[] { generator }, options, trackSteps: false);
        var start = ThreadClock.NowMilliseconds();
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult();
        foreach (var tree in result.GeneratedTrees)
        {
            tree.GetRoot(); // the user pays for parsing what is emitted
        }

        var elapsed = ThreadClock.NowMilliseconds() - start;
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning || d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("generator failed: " + string.Join("; ", result.Diagnostics));
        }

        return (elapsed, result.GeneratedTrees.Length);
    }

    private static (double Ms, int Count) Median(int iterations, Func<(double Ms, int Count)> run)
    {
        run(); // warm-up: JIT and Roslyn's caches
        var samples = Enumerable.Range(0, iterations).Select(_ =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return run();
        }).OrderBy(s => s.Ms).ToList();
        return samples[samples.Count / 2];
    }
}
