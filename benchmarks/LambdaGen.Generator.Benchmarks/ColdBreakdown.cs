using System.Collections.Immutable;
using System.Globalization;
using LambdaGen.Analyzers.Diagnostics;
using LambdaGen.Analyzers.Generation;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.Generator.Benchmarks;

/// <summary>
/// Where a cold run's time and allocation go (<c>--cold-breakdown 1000</c>): the floor's whole run, LambdaGen's driver
/// run per tracked step (Roslyn's own step timings), the source outputs, and the parse of the generated text, each as
/// a median of thread CPU time and bytes allocated on the thread.
/// </summary>
public static class ColdBreakdown
{
    public static void Print(int size, int iterations)
    {
        var project = new SyntheticProject(size);
        // Step tracking records every step's inputs and outputs, which costs more than the steps: only a separate run is tracked.
        GeneratorDriver Create(IIncrementalGenerator generator, bool track = false) => CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() },
            parseOptions: SyntheticProject.ParseOptions, optionsProvider: project.Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

        var floorRuns = new List<(double Ms, double Kb)>();
        var parseOnlyRuns = new List<(double Ms, double Kb)>();
        var runs = new List<(double Ms, double Kb)>();
        var parses = new List<(double Ms, double Kb)>();
        var steps = new Dictionary<string, List<double>>();
        long chars = 0;
        for (int i = 0; i < iterations + 2; i++)
        {
            var floor = Measure(() => Create(new DoNothingGenerator()).RunGenerators(project.NewCompilation()));
            var parseOnly = Measure(() => Create(new ParseOnlyGenerator()).RunGenerators(project.NewCompilation()));
            GeneratorDriver? after = null;
            var compilation = project.NewCompilation();
            var driver = Create(new LambdaGenerator());
            var run = Measure(() => after = driver.RunGenerators(compilation));
            var result = after!.GetRunResult();
            var parse = Measure(() =>
            {
                foreach (var tree in result.GeneratedTrees)
                {
                    tree.GetRoot();
                }
            });
            if (i < 2)
            {
                continue;
            }

            floorRuns.Add(floor);
            parseOnlyRuns.Add(parseOnly);
            runs.Add(run);
            parses.Add(parse);
            chars = result.Results[0].GeneratedSources.Sum(s => (long)s.SourceText.Length);
            var tracked = Create(new LambdaGenerator(), track: true).RunGenerators(project.NewCompilation()).GetRunResult();
            foreach (var (name, list) in tracked.Results[0].TrackedSteps)
            {
                Add(steps, name, list.Sum(s => s.ElapsedTime.TotalMilliseconds));
            }

            foreach (var (name, list) in tracked.Results[0].TrackedOutputSteps)
            {
                Add(steps, "output: " + name, list.Sum(s => s.ElapsedTime.TotalMilliseconds));
            }
        }

        Console.WriteLine($"# Cold run at {size:N0} handlers, doc comments {SyntheticProject.ParseOptions.DocumentationMode} (median of {iterations}; thread CPU ms, KB allocated; step times are Roslyn's, wall)");
        Console.WriteLine();
        Console.WriteLine($"generated text: {chars:N0} chars ({chars / (double)size:F0} per handler)");
        Console.WriteLine();
        Console.WriteLine("| part | ms | KB | KB per handler |");
        Console.WriteLine("|---|---:|---:|---:|");
        Row("do-nothing generator, whole run", floorRuns, size);
        Row("the floor reading each handler's attributes (SettingsParser.ParseMethod), whole run", parseOnlyRuns, size);
        Row("LambdaGen driver run", runs, size);
        Row("parse of the generated text", parses, size);
        Console.WriteLine();
        Console.WriteLine("| tracked step (a separate, tracked run) | ms |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, list) in steps.OrderByDescending(p => Median(p.Value)).Where(p => Median(p.Value) >= 0.05))
        {
            Console.WriteLine($"| {name} | {Median(list):F1} |");
        }

        PrintPhases(project, size, iterations);
        PrintAssemblyAttributes(project, iterations);
    }

    /// <summary>What the analyzer's compilation start pays on every edit in an editor: its compilation holds the generated
    /// trees, so <c>Assembly.GetAttributes()</c> binds every handler's metadata attributes too (and the constants they name).</summary>
    private static void PrintAssemblyAttributes(SyntheticProject project, int iterations)
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new LambdaGenerator().AsSourceGenerator() },
            parseOptions: SyntheticProject.ParseOptions, optionsProvider: project.Options);
        driver.RunGeneratorsAndUpdateCompilation(project.NewCompilation(), out var output, out _);
        var without = new List<(double Ms, double Kb)>();
        var with = new List<(double Ms, double Kb)>();
        var bindWithout = new List<(double Ms, double Kb)>();
        var bindWith = new List<(double Ms, double Kb)>();
        for (int i = 0; i < iterations + 2; i++)
        {
            // A new compilation per run, as after a keystroke: nothing bound yet.
            var a = Measure(() => project.NewCompilation().Assembly.GetAttributes());
            var edited = output.RemoveSyntaxTrees(output.SyntaxTrees.First()).AddSyntaxTrees(output.SyntaxTrees.First());
            var b = Measure(() => edited.Assembly.GetAttributes());
            var c = Measure(() => project.NewCompilation().GetDiagnostics());
            var d = Measure(() => output.RemoveSyntaxTrees(output.SyntaxTrees.First()).AddSyntaxTrees(output.SyntaxTrees.First()).GetDiagnostics());
            if (i < 2)
            {
                continue;
            }

            without.Add(a);
            with.Add(b);
            bindWithout.Add(c);
            bindWith.Add(d);
        }
        Console.WriteLine();
        Console.WriteLine("| Assembly.GetAttributes() on a new compilation | ms | KB | KB per handler |");
        Console.WriteLine("|---|---:|---:|---:|");
        Row("the project alone (the generator's input)", without, project.Handlers);
        Row("the project with the generated trees (the analyzer's compilation)", with, project.Handlers);
        Console.WriteLine();
        Console.WriteLine("| GetDiagnostics() on a new compilation (what a host that checks the whole compilation binds per edit) | ms | KB | KB per handler |");
        Console.WriteLine("|---|---:|---:|---:|");
        Row("the project alone", bindWithout, project.Handlers);
        Row("the project with the generated trees", bindWith, project.Handlers);
    }

    /// <summary>The generator's own parts called one after another as its pipeline calls them, outside the driver, on a
    /// compilation whose attributes are already bound (binding is the floor's cost too).</summary>
    private static void PrintPhases(SyntheticProject project, int size, int iterations)
    {
        var compilation = project.NewCompilation();
        var methods = compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => (Tree: tree, Method: m)))
            .Select(p => (p.Tree, Symbol: (IMethodSymbol)compilation.GetSemanticModel(p.Tree).GetDeclaredSymbol(p.Method)!))
            .Select(p => (p.Tree, p.Symbol, Attribute: p.Symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "LambdaFunctionAttribute")))
            .Where(p => p.Attribute is not null)
            .ToList();
        var project0 = ProjectOptions.Read(project.Options.GlobalOptions);
        var placement = GeneratedPlacement.Find(compilation, Emitter.NamespaceFor("Bench", "Bench"), static _ => true).Placement;
        var defaults = SettingsParser.ParseAssembly(compilation.Assembly);
        var phases = new (string Name, List<(double Ms, double Kb)> Runs)[]
        {
            ("parse the attributes (SettingsParser.ParseMethod)", new()), ("resolve defaults (SpecResolver) and severities", new()),
            ("unwritable-value check", new()), ("plan files and class names (GeneratedFiles.Plan)", new()),
            ("emit C# (Emitter.Emit)", new()), ("parse the emitted text", new()),
        };
        for (int i = 0; i < iterations + 2; i++)
        {
            List<FunctionSpec> parsed = new();
            List<HandlerOutput> outputs = new();
            EquatableArray<GeneratedFile> files = default;
            List<Microsoft.CodeAnalysis.Text.SourceText> texts = new();
            var runs = new[]
            {
                Measure(() => parsed = methods.Select(m => SettingsParser.ParseMethod(m.Symbol, m.Attribute!, default, includeSignature: false)!).ToList()),
                Measure(() => outputs = parsed.Select(spec => SpecResolver.Resolve(spec, defaults, project0.Defaults, "Bench", project0.TargetFramework))
                    .Select((spec, k) => new HandlerOutput(spec, placement, null, methods[k].Tree.FilePath,
                        Severities: ReportScopes.ForHandler(spec, default, default, default))).ToList()),
                Measure(() => outputs = outputs.Where(o => !SpecValidator.HasUnwritableValue(o.Spec)).ToList()),
                Measure(() => files = GeneratedFiles.Plan(outputs.ToImmutableArray(), LambdaGenerator.DefaultLayout)),
                Measure(() => texts = files.Select(Emitter.Emit).ToList()),
                Measure(() =>
                {
                    foreach (var text in texts) { CSharpSyntaxTree.ParseText(text, SyntheticProject.ParseOptions).GetRoot(); } }),
            };
            if (i < 2)
            {
                continue;
            }

            for (int k = 0; k < phases.Length; k++)
            {
                phases[k].Runs.Add(runs[k]);
            }
        }
        Console.WriteLine();
        Console.WriteLine("| phase (outside the driver) | ms | KB | KB per handler |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, runs) in phases)
        {
            Row(name, runs, size);
        }
    }

    private static void Add(Dictionary<string, List<double>> steps, string name, double ms)
    {
        if (!steps.TryGetValue(name, out var list))
        {
            steps[name] = list = new List<double>();
        }

        list.Add(ms);
    }

    private static void Row(string name, List<(double Ms, double Kb)> runs, int size)
    {
        double kb = Median(runs.Select(r => r.Kb));
        Console.WriteLine($"| {name} | {Median(runs.Select(r => r.Ms)):F1} | {kb:N0} | {(kb / size).ToString("F1", CultureInfo.InvariantCulture)} |");
    }

    private static (double Ms, double Kb) Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();
        double started = ThreadClock.NowMilliseconds();
        action();
        double elapsed = ThreadClock.NowMilliseconds() - started;
        return (elapsed, (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>The floor plus LambdaGen's attribute reading: what <c>SettingsParser.ParseMethod</c> costs inside the driver,
/// where nothing has bound the handlers' other attributes yet (<c>--cold-breakdown</c>).</summary>
internal sealed class ParseOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.SyntaxProvider.ForAttributeWithMetadataName(
            "LambdaGen.LambdaFunctionAttribute",
            static (node, _) => node is MethodDeclarationSyntax,
            static (ctx, ct) => ctx.TargetSymbol is IMethodSymbol method
                ? SettingsParser.ParseMethod(method, ctx.Attributes[0], ct, includeSignature: false)?.FunctionName?.Value
                : null);
        context.RegisterSourceOutput(specs, static (_, _) => { });
    }
}
