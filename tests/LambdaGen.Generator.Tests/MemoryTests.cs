using System.Runtime.CompilerServices;
using LambdaGen.Analyzers.Generation;
using LambdaGen.Generator.Tests.Harness;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// The IDE keeps a generator driver alive for as long as the project is open and runs it on each new compilation.
/// Roslyn's driver holds the last compilation it ran on; nothing LambdaGen's steps cache may keep an older one (and with
/// it every syntax tree and symbol of that version) alive once the driver has moved on to the next.
/// </summary>
public sealed class MemoryTests
{
    [Fact]
    public void DriverState_ReleasesThePreviousCompilation()
    {
        var (driver, previous, current) = RunTwiceAndForgetTheFirst(new LambdaGenerator());

        Assert.False(IsAliveAfterCollection(previous), "the driver's state still references the compilation before the edit");
        // The driver holds the generated sources: the test measured a real run.
        Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);
        GC.KeepAlive(current);
    }

    [Fact]
    public void TheCheckFails_WhenAPipelineStepCachesASymbol()
    {
        var (driver, previous, current) = RunTwiceAndForgetTheFirst(new SymbolCachingGenerator());

        Assert.True(IsAliveAfterCollection(previous), "a cached ISymbol must keep its compilation alive, or the check above proves nothing");
        GC.KeepAlive(driver);
        GC.KeepAlive(current);
    }

    private static bool IsAliveAfterCollection(WeakReference reference)
    {
        for (int i = 0; i < 5 && reference.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return reference.IsAlive;
    }

    /// <summary>Runs the driver on the Orders case, then on the same project with one file added (every handler's tree
    /// unchanged, so every cached step is reused). Not inlined, so no local keeps the first compilation reachable.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (GeneratorDriver Driver, WeakReference Previous, Compilation Current) RunTwiceAndForgetTheFirst(IIncrementalGenerator generator)
    {
        var input = TestCases.Get("Orders", awsSdk: true);
        var first = GeneratorHarness.CreateCompilation(input);
        // Without step tracking, as the IDE and the compiler run it: a tracked step keeps its inputs on purpose.
        var driver = GeneratorHarness.CreateDriver(generator, new TestOptions(input.Properties), trackSteps: false);
        driver = driver.RunGenerators(first);
        foreach (var tree in driver.GetRunResult().GeneratedTrees)
        {
            tree.GetRoot();
        }

        var second = first.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Added { }", GeneratorHarness.ParseOptions, path: "Added.cs"));
        driver = driver.RunGenerators(second);
        return (driver, new WeakReference(first), second);
    }

    /// <summary>The mistake the test guards against: a pipeline value that holds an <see cref="ISymbol"/> but compares by
    /// name. When the next run's value compares equal, Roslyn keeps the cached (old) one, and the old compilation with it.</summary>
    private sealed class SymbolCachingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var handlers = context.SyntaxProvider.ForAttributeWithMetadataName(
                "LambdaGen.LambdaFunctionAttribute", static (_, _) => true, static (ctx, _) => new NamedSymbol(ctx.TargetSymbol));
            context.RegisterSourceOutput(handlers.Collect(), static (spc, all) => spc.AddSource("Count.g.cs", "// " + all.Length));
        }

        private sealed class NamedSymbol(ISymbol symbol) : IEquatable<NamedSymbol>
        {
            public ISymbol Symbol { get; } = symbol;
            public bool Equals(NamedSymbol? other) => other is not null && other.Symbol.Name == Symbol.Name;
            public override bool Equals(object? obj) => Equals(obj as NamedSymbol);
            public override int GetHashCode() => Symbol.Name.GetHashCode(StringComparison.Ordinal);
        }
    }
}
