using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace LambdaGen.Benchmarks.Scaling;

/// <summary>
/// <c>--scaling [--quick] [--concurrent] [--iterations N]</c>: LambdaGen's analyzer against the compilation's own binding
/// time on synthetic projects of 10, 100, 1,000 and 5,000 handlers, printed as one table from one run.
/// Full mode: two warm-up rounds over every size, then <see cref="DefaultIterations"/> measured rounds (medians). Quick
/// mode (CI, no timing asserted): one warm-up round up to 1,000 handlers and one measured round; it still fails if a
/// project does not compile or the analyzer reports other diagnostics than the project's planted violations.
/// </summary>
public static class AnalyzerScalingCommand
{
    private const int DefaultIterations = 7;

    /// <summary>(handlers, files): 10 handlers per file at scale, fewer per file in the small projects.</summary>
    public static readonly IReadOnlyList<(int Handlers, int Files)> Sizes = [(10, 10), (100, 20), (1000, 100), (5000, 500)];

    public static int Run(IReadOnlyList<string> args)
    {
        bool quick = args.Contains("--quick");
        bool concurrent = args.Contains("--concurrent");
        int iterations = quick ? 1 : DefaultIterations;
        int index = args.ToList().IndexOf("--iterations");
        if (index >= 0 && index + 1 < args.Count)
            iterations = int.Parse(args[index + 1], CultureInfo.InvariantCulture);
        int warmups = quick ? 1 : 2;

        var total = Stopwatch.StartNew();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"LambdaGen analyzer vs binding — {(quick ? "quick" : "full")} mode, {(concurrent ? "concurrent" : "single-threaded")} arms, " +
            $"{warmups} warm-up + {iterations} measured iteration(s) per size"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores, " +
            $"Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}"));

        var projects = Sizes.Select(size => SyntheticProject.Create(size.Handlers, size.Files)).ToList();
        // Warm-up rounds JIT and tier up Roslyn and LambdaGen on every size. Quick mode warms up on the projects up
        // to 1,000 handlers only; a smoke run whose numbers nobody asserts does not need more.
        for (int round = 0; round < warmups; round++)
            foreach (var project in projects.Where(p => !quick || p.Handlers <= 1000))
                AnalyzerScalingMeasurement.MeasureOnce(project, concurrent, rotation: round);

        // Measured rounds visit every size in turn, so a neighbour's build slows all sizes alike rather than one;
        // the arms rotate their order each round.
        var samples = projects.Select(_ => new List<ScalingSample>()).ToList();
        for (int round = 0; round < iterations; round++)
            for (int i = 0; i < projects.Count; i++)
                samples[i].Add(AnalyzerScalingMeasurement.MeasureOnce(projects[i], concurrent, rotation: round));

        var results = projects.Select((p, i) => new ScalingResult(p.Handlers, p.Files, samples[i])).ToList();
        foreach (var (project, result) in projects.Zip(results))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {project.Handlers,5} handlers / {project.Files,3} files: {project.ExpectedDiagnosticIds.Length,3} diagnostics as planted, every iteration"));

        Console.WriteLine();
        Console.Write(ScalingTable.Format(results));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalSeconds:F0} s"));
        return 0;
    }
}
