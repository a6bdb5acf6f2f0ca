using LambdaGen.Analyzers.Generation;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generator.Benchmarks;

/// <summary>One generator under measurement: the floor, or LambdaGen with one output layout.</summary>
public sealed record Arm(string Name, Func<IIncrementalGenerator> Create)
{
    public static readonly Arm Floor = new("do-nothing", () => new DoNothingGenerator());

    internal static Arm LambdaGen(OutputLayout layout) =>
        new(layout == LambdaGenerator.DefaultLayout ? $"{layout} (default)" : layout.ToString(), () => new LambdaGenerator(layout));

    internal static IReadOnlyList<Arm> LambdaGenLayouts(bool all) => all
        ? Enum.GetValues<OutputLayout>().OrderBy(l => l != LambdaGenerator.DefaultLayout).Select(LambdaGen).ToList()
        : new[] { LambdaGen(LambdaGenerator.DefaultLayout) };
}
