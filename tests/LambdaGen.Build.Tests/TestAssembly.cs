using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Build.Tests;

/// <summary>Compiles small assemblies whose AssemblyMetadata entries play the generator's part.</summary>
internal static class TestAssembly
{
    /// <summary>One LambdaGen function as the generator records it: its manifest, which also carries its Handler and PackageType.</summary>
    public sealed record Function(string Name, string Manifest);

    public const string DefaultHandler = "Functions::Functions.Handlers::Run";

    /// <summary>A manifest body like the generator's: compact JSON, FunctionName first; a null handler leaves Handler out.</summary>
    public static string ManifestFor(string name, string runtime = "dotnet10", int memory = 256, string? handler = DefaultHandler) =>
        $"{{\"FunctionName\":{Json(name)},\"Runtime\":{Json(runtime)}," + (handler is null ? "" : $"\"Handler\":{Json(handler)},") +
        $"\"Role\":\"arn:aws:iam::123456789012:role/test\",\"MemorySize\":{memory}}}";

    /// <summary>A container-image manifest: PackageType Image, no Handler or Runtime.</summary>
    public static string ImageManifestFor(string name) =>
        $"{{\"FunctionName\":{Json(name)},\"Role\":\"arn:aws:iam::123456789012:role/test\",\"Code\":{{\"ImageUri\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\"}},\"PackageType\":\"Image\"}}";

    public static Function Zip(string name, int memory = 256) => new(name, ManifestFor(name, memory: memory, handler: "Functions::Functions.Handlers::" + Sanitize(name)));

    /// <summary>Source with one AssemblyMetadata line per entry (key, value); values written as verbatim-safe C# literals.</summary>
    public static string Source(IEnumerable<(string Key, string Value)> entries, string extra = "")
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in entries)
        {
            builder.Append("[assembly: global::System.Reflection.AssemblyMetadata(").Append(Literal(key)).Append(", ").Append(Literal(value)).AppendLine(")]");
        }

        builder.AppendLine(extra);
        builder.AppendLine("namespace Functions { public static class Handlers { public static void Run() { } } }");
        return builder.ToString();
    }

    public static IEnumerable<(string Key, string Value)> Entries(IEnumerable<Function> functions)
    {
        foreach (var f in functions)
        {
            yield return ("LambdaGen.Manifest:" + f.Name, f.Manifest);
        }
    }

    public static string EmitAssembly(string directory, params Function[] functions) => EmitAssembly(directory, Source(Entries(functions)));

    /// <summary>Compiles <paramref name="source"/> into <paramref name="directory"/>/<paramref name="assemblyName"/>.dll; fails the test on compiler errors.</summary>
    public static string EmitAssembly(string directory, string source, string assemblyName = "Functions")
    {
        Directory.CreateDirectory(directory);
        var compilation = Compile(source, assemblyName);
        var path = Path.Combine(directory, assemblyName + ".dll");
        using (var stream = File.Create(path))
        {
            var result = compilation.Emit(stream);
            Assert.True(result.Success, "The test assembly does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
        return path;
    }

    public static CSharpCompilation Compile(string source, string assemblyName = "Functions") =>
        CSharpCompilation.Create(assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            ReferenceAssemblies.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true));

    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Json(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Sanitize(string name) => new(name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}

/// <summary>A temporary folder deleted at the end of the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lambdagen-build-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
