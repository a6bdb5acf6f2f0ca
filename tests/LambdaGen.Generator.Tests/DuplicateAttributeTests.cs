using System.Collections.Immutable;
using LambdaGen.Generator.Tests.Harness;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// Two referenced assemblies that both define <c>LambdaGen.LambdaFunctionAttribute</c> (the package's and a copy, each
/// under its own extern alias, so the metadata name alone finds neither): the analyzer and the generator make the same choice, each handler checked and emitted
/// with the attribute it binds to.
/// </summary>
public sealed class DuplicateAttributeTests
{
    private const string CopyOfTheAttributes = """
        namespace LambdaGen
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class LambdaFunctionAttribute : System.Attribute
            {
                public string? FunctionName { get; set; }
                public int MemorySize { get; set; }
            }
        }
        """;

    private const string Handlers = """
        extern alias pkg;
        extern alias copy;
        using pkg::LambdaGen;

        [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]

        namespace Contoso.Orders
        {
            /// <summary>Orders.</summary>
            public class OrderFunctions
            {
                /// <summary>Bound to the package's attribute.</summary>
                [LambdaFunction(FunctionName = "orders-create", MemorySize = 64)]
                public string Create(string input) => input;

                /// <summary>Bound to the copy.</summary>
                [copy::LambdaGen.LambdaFunction(FunctionName = "orders-copy", MemorySize = 64)]
                public string Copy(string input) => input;
            }
        }
        """;

    private static MetadataReference CopyReference()
    {
        var copy = CSharpCompilation.Create("LambdaGen.Copy", new[] { CSharpSyntaxTree.ParseText(CopyOfTheAttributes, GeneratorHarness.ParseOptions) },
            Basic.Reference.Assemblies.Net80.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emit = copy.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray(), new MetadataReferenceProperties(aliases: ImmutableArray.Create("copy")));
    }

    [Fact]
    public async Task Analyzer_and_generator_both_use_the_attribute_each_handler_binds_to()
    {
        var input = new GeneratorInput { Sources = new[] { ("/src/Handlers.cs", Handlers) } };
        var compilation = GeneratorHarness.CreateCompilation(input);
        var package = compilation.References.Single(r => r is PortableExecutableReference pe && pe.FilePath == typeof(LambdaFunctionAttribute).Assembly.Location);
        compilation = compilation.ReplaceReference(package, package.WithAliases(new[] { "pkg" })).AddReferences(CopyReference());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        // The situation the analyzer used to stop at: the metadata name alone finds no single type.
        Assert.Null(compilation.GetTypeByMetadataName("LambdaGen.LambdaFunctionAttribute"));
        Assert.Equal(2, compilation.GetTypesByMetadataName("LambdaGen.LambdaFunctionAttribute").Length);

        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(compilation, new TestOptions(input.Properties),
            ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new LambdaGen.Analyzers.Diagnostics.LambdaFunctionAnalyzer()));
        var memory = diagnostics.Where(d => d.Id == "LG0010").ToList();
        Assert.Equal(2, memory.Count);
        Assert.All(memory, d => Assert.Equal("64", d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)));
        Assert.All(memory, d => Assert.Equal("MemorySize 64 is below the minimum of 128 MB for a standard function (set on [LambdaFunction])", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));

        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(input.Properties), compilation);
        Assert.Equal(new[] { "LambdaFunctions.OrdersCopy", "LambdaFunctions.OrdersCreate" }, result.Manifests.Keys);
        Assert.All(result.Manifests.Values, m => Assert.Contains("\"MemorySize\":64", m));
        GeneratorHarness.AssertCachedOnRerun(result.Driver, compilation);
    }
}
