using System.Diagnostics;
using LambdaGen.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Generator.Benchmarks;

/// <summary>Where one run's time goes: total and per tracked step, for each scenario (<c>--steps</c>).</summary>
public static class StepReport
{
    public static void Print(int size)
    {
        var project = new SyntheticProject(size);
        var baseline = project.NewCompilation();
        GeneratorDriver Create() => CSharpGeneratorDriver.Create(new[] { new LambdaGenerator().AsSourceGenerator() },
            parseOptions: SyntheticProject.ParseOptions, optionsProvider: project.Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var warm = Create().RunGenerators(baseline);
        var warmTrees = warm.GetRunResult().GeneratedTrees;
        var again = warm.RunGenerators(project.NewCompilation()).GetRunResult().GeneratedTrees;
        Console.WriteLine($"generated trees reused on a no-change run: {again.Count(t => warmTrees.Contains(t))} of {again.Length}");
        var outputReasons = warm.RunGenerators(project.NewCompilation()).GetRunResult().Results[0].TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);
        Console.WriteLine("output reasons: " + string.Join(",", outputReasons.GroupBy(r => r).Select(g => g.Key + "=" + g.Count())));
        var texts1 = warm.GetRunResult().Results[0].GeneratedSources.Select(s => s.SourceText).ToList();
        var texts2 = warm.RunGenerators(project.NewCompilation()).GetRunResult().Results[0].GeneratedSources.Select(s => s.SourceText).ToList();
        Console.WriteLine($"source texts reused: {texts2.Count(t => texts1.Contains(t))} of {texts2.Count}");
        // What a cold run emits, and so parses.
        var generated = warm.GetRunResult().Results[0].GeneratedSources;
        Console.WriteLine($"generated text: {generated.Sum(s => s.SourceText.Length):N0} chars in {generated.Length} files");
        int version = 0;
        foreach (var (name, compilation) in new (string, Func<Compilation>)[]
                 {
                     ("no change", project.NewCompilation),
                     ("method body", () => baseline.ReplaceSyntaxTree(baseline.SyntaxTrees[project.EditedFile], project.EditedTree(Edit.MethodBody, ++version))),
                     ("attribute", () => baseline.ReplaceSyntaxTree(baseline.SyntaxTrees[project.EditedFile], project.EditedTree(Edit.AttributeArgument, ++version))),
                 })
        {
            for (int i = 0; i < 3; i++)
            {
                var input = compilation();
                var watch = Stopwatch.StartNew();
                var after = warm.RunGenerators(input);
                foreach (var tree in after.GetRunResult().GeneratedTrees)
                    tree.GetRoot();
                watch.Stop();
                var result = after.GetRunResult().Results[0];
                var steps = result.TrackedSteps.Select(p => $"{p.Key}={p.Value.Sum(s => s.ElapsedTime.TotalMilliseconds):F1}");
                Console.WriteLine($"{name}: {watch.Elapsed.TotalMilliseconds:F1} ms; {string.Join(", ", steps)}");
            }
        }
    }
}
