using System.Globalization;
using LambdaGen.Analyzers.Generation;

namespace LambdaGen.Generator.Benchmarks;

/// <summary>
/// The generator against the floor (a do-nothing FAWMN generator) on synthetic projects, as ratios from one run.
/// <code>
/// dotnet run -c Release --project benchmarks/LambdaGen.Generator.Benchmarks                 # all sizes and layouts
/// dotnet run -c Release --project benchmarks/LambdaGen.Generator.Benchmarks -- --quick      # CI: small sizes, default layout
/// options: --sizes 1000,5000  --layouts all|default  --iterations N  --warmups N  --no-warm-pass  --doc-mode parse|none|diagnose
///          (--steps 1000: time per tracked step; --cold-breakdown 1000: a cold run's parts)
/// </code>
/// </summary>
public static class Program
{
    private static readonly Scenario[] Scenarios = Enum.GetValues<Scenario>();

    public static int Main(string[] args)
    {
        var documentationMode = Enum.Parse<Microsoft.CodeAnalysis.DocumentationMode>(Option(args, "--doc-mode") ?? "parse", ignoreCase: true);
        SyntheticProject.UseDocumentationMode(documentationMode);
        if (Option(args, "--steps") is { } stepsSize)
        {
            StepReport.Print(int.Parse(stepsSize, CultureInfo.InvariantCulture));
            return 0;
        }
        if (Option(args, "--cold-breakdown") is { } coldSize)
        {
            ColdBreakdown.Print(int.Parse(coldSize, CultureInfo.InvariantCulture), int.Parse(Option(args, "--iterations") ?? "7", CultureInfo.InvariantCulture));
            return 0;
        }
        bool quick = args.Contains("--quick");
        int[] sizes = Option(args, "--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            ?? (quick ? new[] { 10, 100, 1000 } : new[] { 10, 100, 1000, 5000 });
        bool allLayouts = (Option(args, "--layouts") ?? (quick ? "default" : "all")) == "all";
        int iterations = int.Parse(Option(args, "--iterations") ?? (quick ? "3" : "7"), CultureInfo.InvariantCulture);
        int warmups = int.Parse(Option(args, "--warmups") ?? (quick ? "1" : "2"), CultureInfo.InvariantCulture);

        var arms = new List<Arm> { Arm.Floor };
        arms.AddRange(Arm.LambdaGenLayouts(allLayouts));
        var defaultArm = arms[1];

        Console.WriteLine($"# LambdaGen generator vs the floor ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                          $"Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}; doc comments: {documentationMode}; median of {iterations} after {warmups} warm-up)");
        Console.WriteLine();
        Console.WriteLine($"Cells: median ms of {ThreadClock.Description} (× the do-nothing generator, MB allocated). A run includes parsing the generated trees whose text changed.");
        Console.WriteLine();
        Console.WriteLine("| handlers | files | scenario | " + string.Join(" | ", arms.Select(a => a.Name)) + " |");
        Console.WriteLine("|---:|---:|---|" + string.Concat(arms.Select(_ => "---:|")));

        var results = new Dictionary<int, IReadOnlyDictionary<Scenario, IReadOnlyDictionary<Arm, Sample>>>();
        var binding = new Dictionary<int, double>();
        foreach (int size in sizes)
        {
            var project = new SyntheticProject(size);
            // One untimed pass over every scenario first: otherwise the first scenario measured (Cold) runs while Roslyn's
            // and LambdaGen's code is still being re-jitted by tiered compilation, which doubled its ratio (benchmarks/README.md).
            if (!args.Contains("--no-warm-pass"))
                foreach (var scenario in Scenarios)
                    new CostHarness(project, arms, iterations: 1, warmups: 1).Measure(scenario);
            var harness = new CostHarness(project, arms, iterations, warmups);
            var bySize = new Dictionary<Scenario, IReadOnlyDictionary<Arm, Sample>>();
            foreach (var scenario in Scenarios)
            {
                var samples = harness.Measure(scenario);
                bySize[scenario] = samples;
                var floor = samples[Arm.Floor];
                Console.WriteLine($"| {size:N0} | {project.FileCount:N0} | {scenario} | " +
                                  string.Join(" | ", arms.Select(a => Cell(samples[a], a == Arm.Floor ? null : floor))) + " |");
            }
            binding[size] = harness.BindingMilliseconds();
            Console.WriteLine($"| {size:N0} | {project.FileCount:N0} | compiler binding (GetDiagnostics) | {binding[size]:F1} |" + string.Concat(arms.Skip(1).Select(_ => " |")));
            Console.WriteLine($"| {size:N0} | {project.FileCount:N0} | generated files | 0 | " +
                              string.Join(" | ", arms.Skip(1).Select(a => harness.GeneratedFiles(a).ToString("N0", CultureInfo.InvariantCulture))) + " |");
            results[size] = bySize;
        }

        PrintTargets(results, defaultArm);
        return 0;
    }

    private static string Cell(Sample sample, Sample? floor) => floor is null
        ? $"{sample.Milliseconds:F1} ({sample.AllocatedMegabytes:F1} MB)"
        : $"{sample.Milliseconds:F1} ({sample.Milliseconds / floor.Milliseconds:F2}×, {sample.AllocatedMegabytes:F1} MB)";

    /// <summary>The issue's targets for the default layout, as ratios from this run (printed, never asserted).</summary>
    private static void PrintTargets(Dictionary<int, IReadOnlyDictionary<Scenario, IReadOnlyDictionary<Arm, Sample>>> results, Arm arm)
    {
        Console.WriteLine();
        Console.WriteLine($"## Targets for {arm.Name}");
        Console.WriteLine();
        Console.WriteLine("| handlers | scenario | × floor | target | met |");
        Console.WriteLine("|---:|---|---:|---:|---|");
        foreach (var (size, bySize) in results.Where(r => r.Key >= 1000))
        {
            foreach (var scenario in Scenarios)
            {
                double limit = scenario == Scenario.Cold ? 3.0 : 1.5;
                double ratio = bySize[scenario][arm].Milliseconds / bySize[scenario][Arm.Floor].Milliseconds;
                Console.WriteLine($"| {size:N0} | {scenario} | {ratio:F2} | ≤ {limit:F1} | {(ratio <= limit ? "yes" : "NO")} |");
            }
        }
        if (results.ContainsKey(1000) && results.ContainsKey(5000))
        {
            Console.WriteLine();
            Console.WriteLine("| scenario | 5,000 ÷ 1,000: floor | 5,000 ÷ 1,000: LambdaGen | target | met |");
            Console.WriteLine("|---|---:|---:|---:|---|");
            foreach (var scenario in Scenarios)
            {
                double floor = results[5000][scenario][Arm.Floor].Milliseconds / results[1000][scenario][Arm.Floor].Milliseconds;
                double ours = results[5000][scenario][arm].Milliseconds / results[1000][scenario][arm].Milliseconds;
                Console.WriteLine($"| {scenario} | {floor:F2} | {ours:F2} | ≤ 5.5 | {(ours <= 5.5 ? "yes" : "NO")} |");
            }
        }
    }

    private static string? Option(string[] args, string name)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
