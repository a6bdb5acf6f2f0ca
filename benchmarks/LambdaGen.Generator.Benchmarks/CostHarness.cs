using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LambdaGen.Generator.Benchmarks;

/// <summary>The median time and allocation of a set of timed runs.</summary>
public sealed record Sample(double Milliseconds, double AllocatedMegabytes);

/// <summary>
/// Times generator runs the way the IDE and the build pay for them: the driver run plus the parse of the generated
/// trees. Roslyn parses generated text lazily, so without forcing it a layout that emits more text would look free.
/// Like the IDE, which keeps a generated document's tree while its text is unchanged, a warm run parses only the
/// files whose text differs from the warm run's; a cold run parses all of them.
/// Arms are measured round-robin within each iteration, so machine noise falls on all of them alike.
/// </summary>
public sealed class CostHarness(SyntheticProject project, IReadOnlyList<Arm> arms, int iterations, int warmups)
{
    private readonly CSharpCompilation _baseline = project.NewCompilation();
    private readonly Dictionary<Arm, GeneratorDriver> _warmDrivers = new();
    private readonly Dictionary<Arm, Dictionary<string, SourceText>> _warmTexts = new();
    private int _version;

    /// <summary>Median time and allocation per arm for <paramref name="scenario"/>.</summary>
    public IReadOnlyDictionary<Arm, Sample> Measure(Scenario scenario)
    {
        var runs = arms.ToDictionary(a => a, _ => new List<(double Ms, double Mb)>());
        for (int i = 0; i < warmups + iterations; i++)
        {
            // Each arm gets its own copy of the same edit (a compilation caches what it binds, so a shared one would
            // favour whichever arm runs second); a new edit version per iteration keeps each a real change; the
            // order of the arms rotates.
            int version = ++_version;
            for (int k = 0; k < arms.Count; k++)
            {
                var arm = arms[(i + k) % arms.Count];
                var driver = DriverFor(scenario, arm);
                var compilation = CompilationFor(scenario, version);
                var run = TimeOne(driver, compilation, scenario == Scenario.Cold ? null : _warmTexts[arm]);
                if (i >= warmups)
                    runs[arm].Add(run);
            }
        }
        return runs.ToDictionary(p => p.Key, p => new Sample(Median(p.Value.Select(r => r.Ms)), Median(p.Value.Select(r => r.Mb))));
    }

    /// <summary>The compiler's own binding and checking of the project (<c>GetDiagnostics</c> on a fresh compilation), for scale.</summary>
    public double BindingMilliseconds()
    {
        var times = new List<double>();
        for (int i = 0; i < warmups + iterations; i++)
        {
            var compilation = project.NewCompilation();
            Collect();
            double started = ThreadClock.NowMilliseconds();
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            double elapsed = ThreadClock.NowMilliseconds() - started;
            if (errors > 0)
                throw new InvalidOperationException($"The synthetic project has {errors} compile errors.");
            if (i >= warmups)
                times.Add(elapsed);
        }
        return Median(times);
    }

    /// <summary>How many files LambdaGen emits for this project with the arm's layout (a sanity check on the run).</summary>
    public int GeneratedFiles(Arm arm) => WarmDriver(arm).GetRunResult().GeneratedTrees.Length;

    private Compilation CompilationFor(Scenario scenario, int version) => scenario switch
    {
        Scenario.Cold or Scenario.NoChange => project.NewCompilation(),
        Scenario.EditMethodBody => Replace(Edit.MethodBody, version),
        Scenario.EditAttributeArgument => Replace(Edit.AttributeArgument, version),
        Scenario.AddHandler => Replace(Edit.AddHandler, version),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    private Compilation Replace(Edit edit, int version) =>
        _baseline.ReplaceSyntaxTree(_baseline.SyntaxTrees[project.EditedFile], project.EditedTree(edit, version));

    private GeneratorDriver DriverFor(Scenario scenario, Arm arm) => scenario == Scenario.Cold ? NewDriver(arm) : WarmDriver(arm);

    /// <summary>The arm's driver after a run on the unedited project; immutable, so every iteration starts from the same state.</summary>
    private GeneratorDriver WarmDriver(Arm arm)
    {
        if (!_warmDrivers.TryGetValue(arm, out var driver))
        {
            driver = NewDriver(arm).RunGenerators(_baseline);
            ParseGenerated(driver, previous: null);
            _warmDrivers[arm] = driver;
            _warmTexts[arm] = driver.GetRunResult().Results[0].GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
        }
        return driver;
    }

    private GeneratorDriver NewDriver(Arm arm) => CSharpGeneratorDriver.Create(
        new[] { arm.Create().AsSourceGenerator() }, parseOptions: SyntheticProject.ParseOptions, optionsProvider: project.Options);

    private static (double Ms, double Mb) TimeOne(GeneratorDriver driver, Compilation compilation, Dictionary<string, SourceText>? previous)
    {
        Collect();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        double started = ThreadClock.NowMilliseconds();
        var after = driver.RunGenerators(compilation);
        ParseGenerated(after, previous);
        double elapsed = ThreadClock.NowMilliseconds() - started;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return (elapsed, allocated / (1024.0 * 1024.0));
    }

    /// <summary>Parses every generated file whose text is not the one <paramref name="previous"/> already parsed.</summary>
    private static void ParseGenerated(GeneratorDriver driver, Dictionary<string, SourceText>? previous)
    {
        var result = driver.GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            throw new InvalidOperationException("The generator failed: " + result.Diagnostics.First());
        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources))
        {
            if (previous is not null && previous.TryGetValue(source.HintName, out var old) && (ReferenceEquals(old, source.SourceText) || old.ContentEquals(source.SourceText)))
                continue;
            source.SyntaxTree.GetRoot();
        }
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
