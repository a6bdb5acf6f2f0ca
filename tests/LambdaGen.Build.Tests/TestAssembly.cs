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

    /// <summary>What the tests write for a function's manifest: the generator records it as a class with a ManifestJson
    /// constant and a <c>LambdaGen.ManifestClass:&lt;name&gt;</c> entry naming that class, which <see cref="Source"/> writes.</summary>
    public const string ManifestKey = "LambdaGen.Manifest:";

    /// <summary>Source with one AssemblyMetadata line per entry (key, value), values as C# literals; a <see cref="ManifestKey"/>
    /// entry becomes what the generator writes (a class per entry holding the manifest, the entry naming the class).</summary>
    public static string Source(IEnumerable<(string Key, string Value)> entries, string extra = "")
    {
        var builder = new StringBuilder();
        var manifests = new List<string>();
        foreach (var (key, value) in entries)
        {
            var (writtenKey, writtenValue) = key.StartsWith(ManifestKey, StringComparison.Ordinal)
                ? ("LambdaGen.ManifestClass:" + key.Substring(ManifestKey.Length), "LambdaGenTest.Manifests+M" + manifests.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : (key, value);
            if (writtenKey != key)
            {
                manifests.Add(value);
            }

            builder.Append("[assembly: global::System.Reflection.AssemblyMetadata(").Append(Literal(writtenKey)).Append(", ").Append(Literal(writtenValue)).AppendLine(")]");
        }

        builder.AppendLine(extra);
        builder.AppendLine("namespace Functions { public static class Handlers { public static void Run() { } } }");
        builder.AppendLine("namespace LambdaGenTest { public static class Manifests {");
        for (int i = 0; i < manifests.Count; i++)
        {
            builder.Append("public static class M").Append(i).Append(" { public const string ManifestJson = ").Append(Literal(manifests[i])).AppendLine("; }");
        }

        builder.AppendLine("} }");
        return builder.ToString();
    }

    public static IEnumerable<(string Key, string Value)> Entries(IEnumerable<Function> functions)
    {
        foreach (var f in functions)
        {
            yield return (ManifestKey + f.Name, f.Manifest);
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
