using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using LambdaGen.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LambdaGen.Generator.Benchmarks;

/// <summary>
/// The generator over a project of 1,000 handler files (one handler each) plus one unrelated file:
/// a cold run (fresh compilation, fresh driver), and a re-run of the warmed driver after a one-line edit in the
/// unrelated file or inside a handler's method body. The edit benchmarks include building the edited compilation,
/// as the IDE must.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int HandlerCount = 1000;
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<MetadataReference> _references;
    private OptionsProvider _options = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private Compilation _current = null!;
    private int _edit;

    /// <summary>Builds the project and warms a driver on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var trees = new List<SyntaxTree>();
        for (int i = 0; i < HandlerCount; i++)
            trees.Add(CSharpSyntaxTree.ParseText(Handler(i, 0), ParseOptions, $"Handlers/Handler{i}.cs"));
        trees.Add(CSharpSyntaxTree.ParseText(Unrelated(0), ParseOptions, "Helpers.cs"));
        _trees = trees.ToImmutableArray();
        _references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(LambdaFunctionAttribute).Assembly.Location))
            .ToImmutableArray();
        _options = new OptionsProvider(new Dictionary<string, string>
        {
            ["build_property.TargetFramework"] = "net10.0",
            ["build_property.RootNamespace"] = "Bench",
            ["build_property.LambdaRole"] = "arn:aws:iam::123456789012:role/bench",
            ["build_property.LambdaFunctionNamePrefix"] = "dev-",
        });
        _compilation = NewCompilation();
        _warmDriver = NewDriver().RunGenerators(_compilation);
        // Edits accumulate like keystrokes: each one changes the previous compilation and reuses the previous driver.
        _current = _compilation;
        _driverUnderEdit = _warmDriver;
        var generated = _warmDriver.GetRunResult().Results[0].GeneratedSources.Length;
        if (generated != HandlerCount)
            throw new InvalidOperationException($"Expected {HandlerCount} generated files, got {generated}.");
    }

    private GeneratorDriver _driverUnderEdit = null!;

    /// <summary>Fresh compilation and driver: the first build, or opening the solution.</summary>
    [Benchmark]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(NewCompilation());

    /// <summary>A one-line edit in a file with no handlers, then the re-run of the warmed driver.</summary>
    [Benchmark]
    public GeneratorDriver EditUnrelatedFile() => Edit("Helpers.cs", Unrelated(++_edit));

    /// <summary>A one-line edit inside a handler's method body, then the re-run of the warmed driver.</summary>
    [Benchmark]
    public GeneratorDriver EditMethodBody() => Edit("Handlers/Handler500.cs", Handler(500, ++_edit));

    /// <summary>Where the time of one edit goes: total and per tracked step (for <c>--steps</c>).</summary>
    public string DescribeEdit()
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new LambdaGenerator().AsSourceGenerator() }, parseOptions: ParseOptions, optionsProvider: _options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var lines = new List<string>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        driver = driver.RunGenerators(_compilation);
        lines.Add($"cold: {started.ElapsedMilliseconds} ms");
        Compilation current = _compilation;
        for (int i = 1; i <= 5; i++)
        {
            var old = current.SyntaxTrees.First(t => t.FilePath == "Helpers.cs");
            current = current.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(Unrelated(i))));
            started.Restart();
            driver = driver.RunGenerators(current);
            var result = driver.GetRunResult().Results[0];
            var steps = result.TrackedSteps.Select(p => $"{p.Key}={p.Value.Aggregate(TimeSpan.Zero, (t, s) => t + s.ElapsedTime).TotalMilliseconds:F0}ms");
            lines.Add($"edit {i}: {started.ElapsedMilliseconds} ms ({string.Join(", ", steps)})");
        }
        return string.Join(Environment.NewLine, lines);
    }

    private GeneratorDriver Edit(string path, string text)
    {
        var old = _current.SyntaxTrees.First(t => t.FilePath == path);
        _current = _current.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(text)));
        _driverUnderEdit = _driverUnderEdit.RunGenerators(_current);
        return _driverUnderEdit;
    }

    private CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create("Bench", _trees, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(new[] { new LambdaGenerator().AsSourceGenerator() }, parseOptions: ParseOptions, optionsProvider: _options);

    private static string Handler(int i, int bodyVersion) => $$"""
        using LambdaGen;
        namespace Bench.Handlers
        {
            public class Handler{{i}}
            {
                [LambdaFunction(FunctionName = "handler-{{i}}", MemorySize = {{128 + i % 64 * 16}}, Timeout = 30, Architectures = new[] { LambdaArchitecture.Arm64 })]
                [LambdaEnvironment("INDEX", "{{i}}")]
                [LambdaTag("team", "bench")]
                public string Handle(string input)
                {
                    return input + "{{bodyVersion.ToString(CultureInfo.InvariantCulture)}}";
                }
            }
        }
        """;

    private static string Unrelated(int version) => $$"""
        namespace Bench
        {
            public static class Helpers
            {
                public static int Version => {{version.ToString(CultureInfo.InvariantCulture)}};
            }
        }
        """;

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(values);
        public override AnalyzerConfigOptions GlobalOptions => _global;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var v);
                value = v ?? "";
                return found;
            }
        }
    }
}
