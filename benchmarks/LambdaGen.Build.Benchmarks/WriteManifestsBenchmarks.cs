using System.Globalization;
using System.Text;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Build.Benchmarks;

/// <summary>
/// ManifestExporter (the WriteLambdaManifests task without MSBuild) on an assembly that carries 1,000 handlers'
/// LambdaGen.Manifest/Handler/PackageType entries, as the generator emits them (3,000 AssemblyMetadata attributes,
/// ~400-byte manifests):
///   FirstBuild        empty output folder: read, check, write 1,001 files
///   IncrementalBuild  same assembly again: read, check, compare, write nothing (what a no-op rebuild costs when the
///                     compiled assembly was touched)
///   ReadMetadataOnly  System.Reflection.Metadata read of the entries alone
/// </summary>
[MemoryDiagnoser]
public class WriteManifestsBenchmarks
{
    private const int HandlerCount = 1000;

    private string _root = null!;
    private string _assembly = null!;
    private string _freshOutput = null!;
    private string _warmOutput = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "lambdagen-build-bench-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(_root);
        _assembly = Path.Combine(_root, "Functions.dll");
        var compilation = CSharpCompilation.Create("Functions",
            new[] { CSharpSyntaxTree.ParseText(Source()) },
            ReferenceAssemblies.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(_assembly);
        if (!result.Success)
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));

        _warmOutput = Path.Combine(_root, "warm", "lambda");
        Check(ManifestExporter.Export(_assembly, _warmOutput));
        _freshOutput = Path.Combine(_root, "fresh", "lambda");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [IterationSetup(Target = nameof(FirstBuild))]
    public void EmptyOutput()
    {
        if (Directory.Exists(_freshOutput))
            Directory.Delete(_freshOutput, recursive: true);
    }

    [Benchmark]
    public int FirstBuild() => Check(ManifestExporter.Export(_assembly, _freshOutput)).Written.Count;

    [Benchmark(Baseline = true)]
    public int IncrementalBuild() => Check(ManifestExporter.Export(_assembly, _warmOutput)).Unchanged.Count;

    [Benchmark]
    public int ReadMetadataOnly() => AssemblyMetadataReader.Read(_assembly, ManifestExporter.KeyPrefix, ManifestExporter.ManifestJsonConstant).Entries.Count;

    private static ExportResult Check(ExportResult result)
    {
        if (!result.Success || result.Functions.Count != HandlerCount)
            throw new InvalidOperationException("unexpected result: " + string.Join("\n", result.Messages));
        return result;
    }

    private static string Source()
    {
        var builder = new StringBuilder();
        var classes = new StringBuilder();
        for (int i = 0; i < HandlerCount; i++)
        {
            var name = "orders-handler-" + i.ToString("D4", CultureInfo.InvariantCulture);
            var handler = "Functions::Functions.Handlers::Handle" + i.ToString(CultureInfo.InvariantCulture);
            var manifest =
                $"{{\"FunctionName\":\"{name}\",\"Description\":\"Handler number {i}\",\"Runtime\":\"dotnet10\",\"Handler\":\"{handler}\"," +
                "\"Role\":\"arn:aws:iam::123456789012:role/orders\",\"MemorySize\":512,\"Timeout\":30,\"Architectures\":[\"arm64\"]," +
                "\"Environment\":{\"Variables\":{\"SERVICE\":\"orders\",\"TABLE\":\"orders-prod\"}},\"TracingConfig\":{\"Mode\":\"Active\"}," +
                "\"LoggingConfig\":{\"LogFormat\":\"JSON\",\"ApplicationLogLevel\":\"INFO\"},\"Tags\":{\"team\":\"checkout\"}}";
            // As the generator writes it: the entry names the class whose ManifestJson constant is the manifest.
            Attribute(builder, ManifestExporter.ManifestClassKeyPrefix + name, "Functions.Manifests+M" + i.ToString(CultureInfo.InvariantCulture));
            classes.Append("public static class M").Append(i).Append(" { public const string ManifestJson = ").Append(SymbolDisplay.FormatLiteral(manifest, quote: true)).AppendLine("; }");
        }
        builder.AppendLine("namespace Functions { public static class Handlers { } public static class Manifests {").Append(classes).AppendLine("} }");
        return builder.ToString();
    }

    private static void Attribute(StringBuilder builder, string key, string value) =>
        builder.Append("[assembly: global::System.Reflection.AssemblyMetadata(")
            .Append(SymbolDisplay.FormatLiteral(key, quote: true)).Append(", ")
            .Append(SymbolDisplay.FormatLiteral(value, quote: true)).AppendLine(")]");
}
