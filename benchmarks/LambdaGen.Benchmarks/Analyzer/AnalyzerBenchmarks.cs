using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using NoOpAnalyzerFloor = LambdaGen.NoOpAnalyzer.NoOpAnalyzer;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Benchmarks.Analyzer;

/// <summary>
/// <see cref="LambdaGen.Analyzers.Diagnostics.LambdaFunctionAnalyzer"/> over a synthetic project of 1,000 handlers in 100 files (10 per file) with
/// assembly-level defaults, environment variables and tags. <see cref="ViolationPercent"/> of the handlers break one
/// or two rules each (memory, layers, environment, architecture, runtime, signature, duplicate names).
/// <list type="bullet">
/// <item><see cref="NoOpAnalyzer"/> (baseline): the same pipeline with an analyzer that registers the same symbol
/// action and does nothing. <c>CompilationWithAnalyzers</c> re-binds the compilation it is given (it attaches an event
/// queue), so this is Roslyn's own cost of declaring and binding 1,000 attributed methods.</item>
/// <item><see cref="LambdaFunctionAnalyzer"/>: the real analyzer; the difference to the baseline is LambdaGen's cost
/// (parsing the attributes, resolving and validating 1,000 specs, locating and reporting diagnostics).</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    public const int HandlerCount = 1000;
    private const int HandlersPerFile = 10;

    private Compilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private ImmutableArray<DiagnosticAnalyzer> _noOp;
    private AnalyzerOptions _options = null!;

    /// <summary>Share of handlers with at least one violation.</summary>
    [Params(0, 20)]
    public int ViolationPercent { get; set; }

    /// <summary>Diagnostics of the last run, to check the workload is what it claims.</summary>
    public int LastDiagnosticCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = new List<(string, string)> { ("/src/AssemblyInfo.cs", AssemblyInfo) };
        for (int file = 0; file < HandlerCount / HandlersPerFile; file++)
            files.Add(($"/src/Handlers/Orders{file:000}.cs", HandlerFile(file, ViolationPercent)));
        _compilation = TestCompilation.Create(files, assemblyName: "Bench");
        _analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new LambdaGen.Analyzers.Diagnostics.LambdaFunctionAnalyzer());
        _noOp = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzerFloor());
        _options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty,
            TestOptions.Create([("LambdaFunctionNamePrefix", "dev-"), ("LambdaTimeout", "30")], "Bench"));
        var diagnostics = Analyze(_compilation, _analyzers).GetAwaiter().GetResult();
        int expected = ViolationPercent == 0 ? 0 : 1;
        if ((diagnostics.Length > 0 ? 1 : 0) != expected || diagnostics.Any(d => d.Id is "AD0001"))
            throw new InvalidOperationException($"Unexpected workload: {diagnostics.Length} diagnostics with {ViolationPercent}% violations.");
    }

    [Benchmark(Baseline = true)]
    public async Task<int> NoOpAnalyzer() => LastDiagnosticCount = (await Analyze(_compilation, _noOp)).Length;

    [Benchmark]
    public async Task<int> LambdaFunctionAnalyzer() => LastDiagnosticCount = (await Analyze(_compilation, _analyzers)).Length;

    private Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        compilation.WithAnalyzers(analyzers, _options).GetAnalyzerDiagnosticsAsync();

    private const string AssemblyInfo = """
        using LambdaGen;
        [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/bench", MemorySize = 512,
            Layers = new[] { "arn:aws:lambda:us-east-1:123456789012:layer:shared:3" })]
        [assembly: LambdaEnvironment("STAGE", "dev")]
        [assembly: LambdaEnvironment("LOG_LEVEL", "info")]
        [assembly: LambdaTag("team", "orders")]
        [assembly: LambdaTag("cost-center", "1234")]
        """;

    /// <summary>Ten handlers; every (100 / percent)-th handler overall gets a violation, cycling through kinds.</summary>
    private static string HandlerFile(int file, int violationPercent)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $$"""
            using System.IO;
            using System.Threading.Tasks;
            using LambdaGen;

            namespace Bench.Orders{{file:000}};

            public class Handlers{{file:000}}
            {
            """).AppendLine();
        for (int i = 0; i < HandlersPerFile; i++)
        {
            int n = file * HandlersPerFile + i;
            bool violates = violationPercent > 0 && n % (100 / violationPercent) == 0;
            string name = $"orders-{n:0000}";
            string args = $"FunctionName = \"{name}\", Description = \"Order step {n}\", Timeout = 60";
            string attributes = $"[LambdaEnvironment(\"HANDLER_{n}\", \"v{n}\")] [LambdaTag(\"step\", \"{n}\")]";
            string signature = $"public static Stream Handle{n}(Stream input) => input;";
            if (violates)
            {
                switch (n / (100 / violationPercent) % 7)
                {
                    case 0: args += ", MemorySize = 64"; break;
                    case 1: args += ", Layers = new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:shared:3\", \"arn:aws:lambda:us-east-1:123456789012:layer:shared:4\" }"; break;
                    case 2: attributes += " [LambdaEnvironment(\"AWS_REGION\", \"x\")]"; break;
                    case 3: args += ", Architectures = new[] { \"X86_64\" }"; break;
                    case 4: args += ", Runtime = \"dotnet8.0\""; break;
                    case 5: signature = $"public static async void Handle{n}(Stream input) => await Task.Yield();"; break;
                    default: args = args.Replace(name, "orders-dup", StringComparison.Ordinal); break;
                }
            }
            builder.AppendLine(CultureInfo.InvariantCulture, $"    {attributes}");
            builder.AppendLine(CultureInfo.InvariantCulture, $"    [LambdaFunction({args})]");
            builder.AppendLine(CultureInfo.InvariantCulture, $"    {signature}");
        }
        return builder.AppendLine("}").ToString();
    }
}
