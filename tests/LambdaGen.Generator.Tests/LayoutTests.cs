using LambdaGen.Analyzers.Generation;
using LambdaGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// Every output layout (benchmarks/README.md compares their cost) generates the same functions, and the default one
/// puts each source file's handlers in one generated file named after it.
/// </summary>
public sealed class LayoutTests
{
    private const string Orders = """
        using LambdaGen;
        namespace Contoso.Orders
        {
            /// <summary>Orders.</summary>
            public class OrderFunctions
            {
                [LambdaFunction(FunctionName = "orders-create", MemorySize = 512)]
                public string Create(string input) => input;

                [LambdaFunction(FunctionName = "orders-list")]
                public string List(string input) => input;
            }

            /// <summary>Refunds.</summary>
            public class RefundFunctions
            {
                [LambdaFunction(FunctionName = "refunds-issue")]
                public string Issue(string input) => input;
            }
        }
        """;

    private const string Shipping = """
        using LambdaGen;
        namespace Contoso.Orders
        {
            /// <summary>Shipping.</summary>
            public class ShippingFunctions
            {
                [LambdaFunction(FunctionName = "shipping-label")]
                public string Label(string input) => input;
            }
        }
        """;

    private static readonly (string Path, string Text)[] Sources =
    {
        ("Functions/Orders.cs", Orders),
        ("Functions/Shipping.cs", Shipping),
        // Same file name in another folder: the hint names must still differ.
        ("Legacy/Shipping.cs", Shipping.Replace("shipping-label", "legacy-label").Replace("ShippingFunctions", "LegacyShipping")),
    };

    private static GeneratorResult Run(OutputLayout layout, bool awsSdk)
    {
        var input = new GeneratorInput { Sources = Sources, ReferenceAwsSdk = awsSdk };
        var compilation = GeneratorHarness.CreateCompilation(input);
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(input.Properties, layout), compilation);
        GeneratorHarness.AssertCachedOnRerun(result.Driver, compilation);
        return result;
    }

    [Theory]
    [InlineData(nameof(OutputLayout.PerHandler), 5)]
    [InlineData(nameof(OutputLayout.PerContainingType), 4)]
    [InlineData(nameof(OutputLayout.PerSourceFile), 3)]
    [InlineData(nameof(OutputLayout.SingleFile), 1)]
    public void EveryLayout_GeneratesTheSameFunctions_InItsNumberOfFiles(string layout, int files)
    {
        var reference = Run(OutputLayout.PerHandler, awsSdk: true).Manifests;
        var result = Run(Enum.Parse<OutputLayout>(layout), awsSdk: true);

        Assert.Equal(files, result.Sources.Count);
        Assert.Equal(reference, result.Manifests);
    }

    [Fact]
    public void DefaultLayout_IsOneFilePerSourceFile_NamedAfterIt()
    {
        Assert.Equal(OutputLayout.PerSourceFile, LambdaGenerator.DefaultLayout);
        var result = Run(LambdaGenerator.DefaultLayout, awsSdk: false);

        Assert.Equal(new[] { "LambdaFunctions.Orders.g.cs", "LambdaFunctions.Shipping.g.cs", "LambdaFunctions.Shipping_2.g.cs" },
            result.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var orders = result.Sources["LambdaFunctions.Orders.g.cs"];
        Assert.Contains("public static partial class OrdersCreate", orders, StringComparison.Ordinal);
        Assert.Contains("public static partial class OrdersList", orders, StringComparison.Ordinal);
        Assert.Contains("public static partial class RefundsIssue", orders, StringComparison.Ordinal);
        Assert.DoesNotContain("ShippingLabel", orders, StringComparison.Ordinal);
    }

    [Fact]
    public void AssemblyMetadata_names_the_class_whose_constant_holds_the_manifest()
    {
        var text = Run(LambdaGenerator.DefaultLayout, awsSdk: false).Sources["LambdaFunctions.Orders.g.cs"];

        Assert.Contains("using __LambdaGenMetadata = global::System.Reflection.AssemblyMetadataAttribute;", text, StringComparison.Ordinal);
        var entry = Assert.Single(text.Split('\n'), l => l.StartsWith("[assembly: __LambdaGenMetadata(\"LambdaGen.ManifestClass:orders-create\", ", StringComparison.Ordinal));
        Assert.EndsWith(".LambdaFunctions+OrdersCreate\")]", entry, StringComparison.Ordinal);
        // The manifest's text is in the source once, as the ManifestJson constant the entry's class holds.
        Assert.Equal(1, CountOf(text, "\\\"FunctionName\\\":\\\"orders-create\\\""));
    }

    /// <summary>For every generated class, <c>LambdaGen.ManifestClass:&lt;FunctionName&gt;</c> names that class (its metadata
    /// name resolves to it in the output compilation), so the manifest the build task reads is the class's ManifestJson, as
    /// the compiler evaluates the attributes. The handler and package type the build task takes from that manifest are what
    /// the entries of their own held before (the Handler constant for a zip function; Image exactly when there is none,
    /// else Zip).</summary>
    [Theory]
    [MemberData(nameof(TestCases.NamesData), MemberType = typeof(TestCases))]
    public void Assembly_metadata_holds_each_class_constants(string name)
    {
        foreach (var awsSdk in new[] { false, true })
        {
            var result = GeneratorHarness.Run(TestCases.Get(name, awsSdk));
            var metadata = result.Output.Assembly.GetAttributes()
                .Where(a => a.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyMetadataAttribute")
                .Select(a => ((string)a.ConstructorArguments[0].Value!, (string?)a.ConstructorArguments[1].Value))
                .ToList();
            var classes = result.Output.SyntaxTrees
                .SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
                    .Select(v => result.Output.GetSemanticModel(t).GetDeclaredSymbol(v)).OfType<Microsoft.CodeAnalysis.IFieldSymbol>())
                .Where(f => f.Name == "FunctionName" && f.ContainingType.ContainingType?.Name == "LambdaFunctions")
                .Select(f => f.ContainingType)
                .ToList();
            Assert.NotEmpty(classes);
            string? Constant(Microsoft.CodeAnalysis.INamedTypeSymbol type, string member) =>
                type.GetMembers(member).OfType<Microsoft.CodeAnalysis.IFieldSymbol>().SingleOrDefault()?.ConstantValue as string;
            foreach (var type in classes)
            {
                var function = Constant(type, "FunctionName")!;
                var manifestJson = Constant(type, "ManifestJson")!;
                var named = result.Output.GetTypeByMetadataName(Assert.Single(metadata, m => m.Item1 == Emitter.ManifestClassKeyPrefix + function).Item2!);
                Assert.True(SymbolEqualityComparer.Default.Equals(type, named), $"{function}: the entry names {named?.ToDisplayString() ?? "nothing"}, not {type.ToDisplayString()}");
                Assert.Equal(manifestJson, result.FunctionManifests[function]);
                var manifest = System.Text.Json.Nodes.JsonNode.Parse(manifestJson)!.AsObject();
                var handler = Constant(type, "Handler");
                Assert.Equal(handler, (string?)manifest["Handler"]);
                Assert.Equal(handler is null ? "Image" : "Zip", (string?)manifest["PackageType"] ?? "Zip");
            }
            Assert.Equal(classes.Count, metadata.Count(m => m.Item1.StartsWith(Emitter.ManifestClassKeyPrefix, StringComparison.Ordinal)));
            Assert.DoesNotContain(metadata, m => m.Item1.StartsWith("LambdaGen.Handler:", StringComparison.Ordinal) || m.Item1.StartsWith("LambdaGen.PackageType:", StringComparison.Ordinal));
        }
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
