using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LambdaGen.Testing;

/// <summary>
/// Builds <see cref="CSharpCompilation"/>s that do not depend on the host: the .NET 8 reference pack from
/// Basic.Reference.Assemblies plus the LambdaGen.Attributes assembly, one pinned parse options instance and
/// stable file paths (<c>/src/Functions.cs</c>, <c>/src/File1.cs</c>, …).
/// </summary>
public static class TestCompilation
{
    /// <summary>Assembly name of every test compilation unless told otherwise.</summary>
    public const string DefaultAssemblyName = "TestFunctions";

    /// <summary>Path of the single source file of <see cref="Create(string, IEnumerable{MetadataReference}?, string, string)"/>.</summary>
    public const string DefaultPath = "/src/Functions.cs";

    /// <summary>The one parse options instance: latest language version, regular source.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Parse, SourceCodeKind.Regular);

    /// <summary>A class library with nullable reference types enabled.</summary>
    public static CSharpCompilationOptions CompilationOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true);

    /// <summary>The reference to the assembly users reference (attributes and constants).</summary>
    public static MetadataReference AttributesReference { get; } =
        MetadataReference.CreateFromFile(typeof(LambdaGen.LambdaFunctionAttribute).Assembly.Location);

    /// <summary><c>ReferenceAssemblies.Net80</c> + <see cref="AttributesReference"/>.</summary>
    public static ImmutableArray<MetadataReference> DefaultReferences { get; } =
        ReferenceAssemblies.Net80.Cast<MetadataReference>().Append(AttributesReference).ToImmutableArray();

    /// <summary>
    /// One source file at <paramref name="path"/>. The source must compile: the test fails listing the
    /// compiler errors otherwise (LambdaGen's own LG IDs are ignored).
    /// </summary>
    public static CSharpCompilation Create(
        string source,
        IEnumerable<MetadataReference>? extraReferences = null,
        string assemblyName = DefaultAssemblyName,
        string path = DefaultPath)
    {
        var compilation = CreateUnchecked(new[] { (path, source) }, extraReferences, assemblyName);
        AssertCompiles(compilation);
        return compilation;
    }

    /// <summary>Several source files (path, text); they must compile together.</summary>
    public static CSharpCompilation Create(
        IEnumerable<(string Path, string Source)> sources,
        IEnumerable<MetadataReference>? extraReferences = null,
        string assemblyName = DefaultAssemblyName)
    {
        var compilation = CreateUnchecked(sources, extraReferences, assemblyName);
        AssertCompiles(compilation);
        return compilation;
    }

    /// <summary>Like <see cref="Create(string, IEnumerable{MetadataReference}?, string, string)"/> but accepts
    /// sources that do not compile (half-typed code for robustness tests).</summary>
    public static CSharpCompilation CreateUnchecked(
        string source,
        IEnumerable<MetadataReference>? extraReferences = null,
        string assemblyName = DefaultAssemblyName,
        string path = DefaultPath) =>
        CreateUnchecked(new[] { (path, source) }, extraReferences, assemblyName);

    /// <summary>Several source files, not checked for errors.</summary>
    public static CSharpCompilation CreateUnchecked(
        IEnumerable<(string Path, string Source)> sources,
        IEnumerable<MetadataReference>? extraReferences = null,
        string assemblyName = DefaultAssemblyName)
    {
        var trees = sources.Select(s => Parse(s.Source, s.Path)).ToList();
        var references = extraReferences is null ? DefaultReferences : DefaultReferences.AddRange(extraReferences);
        return CSharpCompilation.Create(assemblyName, trees, references, CompilationOptions);
    }

    /// <summary>Parses with <see cref="ParseOptions"/>, UTF-8 text, at a stable path.</summary>
    public static SyntaxTree Parse(string source, string path = DefaultPath) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path, System.Text.Encoding.UTF8);

    /// <summary>Fails the test with every compiler error (LG IDs excluded) and its location.</summary>
    public static void AssertCompiles(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && !IsLambdaGen(d.Id))
            .ToList();
        if (errors.Count == 0)
        {
            return;
        }

        var sources = string.Join("\n", compilation.SyntaxTrees.Select(t => $"--- {t.FilePath}\n{t}"));
        Assert.Fail("The test source does not compile:\n" + string.Join("\n", errors.Select(Format)) + "\n" + sources);
    }

    /// <summary>True for LambdaGen's own diagnostic IDs (LG + digits).</summary>
    public static bool IsLambdaGen(string id) => id.Length > 2 && id.StartsWith("LG", StringComparison.Ordinal) && id.Skip(2).All(char.IsAsciiDigit);

    /// <summary><c>/src/Functions.cs(3,5): error CS0103: message</c>.</summary>
    public static string Format(Diagnostic diagnostic) =>
        diagnostic.Location.IsInSource
            ? $"{diagnostic.Location.GetLineSpan().Path}({diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1},{diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"
            : $"(no location): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
}
