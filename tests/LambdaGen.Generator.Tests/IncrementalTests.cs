using System.Globalization;
using LambdaGen.Analyzers.Generation;
using LambdaGen.Generator.Tests.Harness;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Generator.Tests;

/// <summary>Edit scenarios (after dotnet/runtime's LoggerMessageGeneratorIncrementalTests): reuse the driver, edit the
/// compilation, and check which steps re-ran.</summary>
public sealed class IncrementalTests
{
    private const string HandlersA = """
        using LambdaGen;

        namespace Contoso.Orders
        {
            /// <summary>Orders.</summary>
            public class OrderFunctions
            {
                [LambdaFunction(FunctionName = "orders-create", MemorySize = 512)]
                [LambdaEnvironment("TABLE", "orders")]
                public string Create(string input)
                {
                    return input + "created";
                }
            }
        }
        """;

    private const string HandlersB = """
        using LambdaGen;

        namespace Contoso.Orders
        {
            /// <summary>Shipping.</summary>
            public class ShippingFunctions
            {
                [LambdaFunction(FunctionName = "shipping-label", Timeout = 20)]
                public string Label(string input) => input;
            }
        }
        """;

    private const string Unrelated = """
        namespace Contoso.Orders
        {
            /// <summary>Unrelated code.</summary>
            public static class Helpers
            {
                /// <summary>Adds.</summary>
                public static int Add(int a, int b) => a + b;
            }
        }
        """;

    private static (GeneratorResult Result, CSharpCompilation Compilation) Start(bool awsSdk, params (string Path, string Text)[] sources)
    {
        var input = new GeneratorInput { Sources = sources, ReferenceAwsSdk = awsSdk };
        var compilation = GeneratorHarness.CreateCompilation(input);
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(input.Properties), compilation);
        return (result, compilation);
    }

    private static Compilation Replace(Compilation compilation, string path, string newText)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(newText)));
    }

    private static Compilation Add(Compilation compilation, string path, string text) =>
        compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path));

    private static void AssertAll(IEnumerable<IncrementalStepRunReason> reasons, string what, params IncrementalStepRunReason[] allowed)
    {
        var list = reasons.ToList();
        Assert.NotEmpty(list);
        Assert.True(list.All(allowed.Contains), $"{what}: [{string.Join(", ", list)}], expected only {string.Join("/", allowed)}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EditInsideMethodBody_OutputsUnchanged(bool awsSdk)
    {
        var (first, compilation) = Start(awsSdk, ("A.cs", HandlersA), ("B.cs", HandlersB));
        var edited = Replace(compilation, "A.cs", HandlersA.Replace("return input + \"created\";", "var x = input.Length;\n            return input + x;"));
        var second = GeneratorHarness.RunOnce(first.Driver, edited);

        AssertAll(GeneratorHarness.Reasons(second.Driver, TrackingNames.Output), "Output step", IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(GeneratorHarness.Reasons(second.Driver, TrackingNames.Handlers), "Handlers step", IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        // The compilation changed, so the facts are read again; with the SDK surface in them they must still come out equal.
        AssertAll(GeneratorHarness.Reasons(second.Driver, TrackingNames.CompilationFacts), "CompilationFacts step", IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(GeneratorHarness.Reasons(second.Driver, TrackingNames.Resolved), "Resolved step", IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(GeneratorHarness.OutputReasons(second.Driver), "source outputs", IncrementalStepRunReason.Cached);
        Assert.Equal(first.Sources, second.Sources);
        GeneratorHarness.AssertCachedOnRerun(second.Driver, edited);
    }

    [Fact]
    public void AddingUnrelatedFile_OutputsUnchanged()
    {
        var (first, compilation) = Start(false, ("A.cs", HandlersA), ("B.cs", HandlersB));
        var edited = Add(compilation, "Helpers.cs", Unrelated);
        var second = GeneratorHarness.RunOnce(first.Driver, edited);

        AssertAll(GeneratorHarness.Reasons(second.Driver, TrackingNames.Output), "Output step", IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(GeneratorHarness.Reasons(second.Driver, TrackingNames.Resolved), "Resolved step", IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(GeneratorHarness.OutputReasons(second.Driver), "source outputs", IncrementalStepRunReason.Cached);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void EditingUnrelatedFile_OutputsUnchanged()
    {
        var (first, compilation) = Start(false, ("A.cs", HandlersA), ("B.cs", HandlersB), ("Helpers.cs", Unrelated));
        var edited = Replace(compilation, "Helpers.cs", Unrelated.Replace("a + b", "b + a"));
        var second = GeneratorHarness.RunOnce(first.Driver, edited);

        AssertAll(GeneratorHarness.Reasons(second.Driver, TrackingNames.Output), "Output step", IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(GeneratorHarness.OutputReasons(second.Driver), "source outputs", IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void ChangingOneAttributeArgument_RegeneratesOnlyThatFile()
    {
        var (first, compilation) = Start(true, ("A.cs", HandlersA), ("B.cs", HandlersB));
        var edited = Replace(compilation, "A.cs", HandlersA.Replace("MemorySize = 512", "MemorySize = 1024"));
        var second = GeneratorHarness.RunOnce(first.Driver, edited);

        // A (first file) is Modified; B is Cached (or Unchanged, had it been recomputed to an equal value).
        foreach (var step in new[] { TrackingNames.Handlers, TrackingNames.Resolved, TrackingNames.Output })
        {
            var reasons = GeneratorHarness.Reasons(second.Driver, step);
            Assert.Equal(2, reasons.Count);
            Assert.Equal(IncrementalStepRunReason.Modified, reasons[0]);
            Assert.True(reasons[1] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: B was {reasons[1]}");
        }
        // The source output for B was not re-emitted; A's was.
        var outputs = GeneratorHarness.OutputReasons(second.Driver);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(outputs.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // One generated file per source file that declares handlers.
        const string hintA = "LambdaFunctions.A.g.cs", hintB = "LambdaFunctions.B.g.cs";
        Assert.Equal(first.Sources[hintB], second.Sources[hintB]);
        Assert.NotEqual(first.Sources[hintA], second.Sources[hintA]);
        Assert.Contains("\\\"MemorySize\\\":1024", second.Sources[hintA]);
        GeneratorHarness.AssertCachedOnRerun(second.Driver, edited);
    }

    /// <summary>An edit of an attached attribute ([LambdaAlias]) regenerates only the file of its handler: the alias's request
    /// and its manifest change, the other file stays cached; adding a second alias does the same.</summary>
    [Fact]
    public void EditingALambdaAlias_RegeneratesOnlyThatFile()
    {
        var withAlias = HandlersA.Replace("[LambdaEnvironment(\"TABLE\", \"orders\")]",
            "[LambdaEnvironment(\"TABLE\", \"orders\")]\n        [LambdaAlias(\"live\", Description = \"v1\", ProvisionedConcurrentExecutions = 2)]")
            .Replace("MemorySize = 512", "MemorySize = 512, Publish = true");
        var (first, compilation) = Start(true, ("A.cs", withAlias), ("B.cs", HandlersB));
        Assert.Contains("Description = \"v1\",", first.Sources["LambdaFunctions.A.g.cs"]);

        foreach (var edit in new[]
        {
            withAlias.Replace("Description = \"v1\"", "Description = \"v2\""),
            withAlias.Replace("ProvisionedConcurrentExecutions = 2)]", "ProvisionedConcurrentExecutions = 2)]\n        [LambdaAlias(\"canary\")]"),
        })
        {
            var edited = Replace(compilation, "A.cs", edit);
            var second = GeneratorHarness.RunOnce(first.Driver, edited);
            foreach (var step in new[] { TrackingNames.Handlers, TrackingNames.Resolved, TrackingNames.Output })
            {
                var reasons = GeneratorHarness.Reasons(second.Driver, step);
                Assert.Equal(2, reasons.Count);
                Assert.Equal(IncrementalStepRunReason.Modified, reasons[0]);
                Assert.True(reasons[1] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: B was {reasons[1]}");
            }
            AssertAll(GeneratorHarness.Reasons(second.Driver, TrackingNames.CompilationFacts), "CompilationFacts step", IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            var outputs = GeneratorHarness.OutputReasons(second.Driver);
            Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(first.Sources["LambdaFunctions.B.g.cs"], second.Sources["LambdaFunctions.B.g.cs"]);
            var a = second.Sources["LambdaFunctions.A.g.cs"];
            Assert.NotEqual(first.Sources["LambdaFunctions.A.g.cs"], a);
            Assert.Contains(edit.Contains("canary", StringComparison.Ordinal) ? "public static partial class Canary" : "Description = \"v2\",", a);
            GeneratorHarness.AssertCachedOnRerun(second.Driver, edited);
        }
    }

    [Fact]
    public void AddingSecondHandler_IsUnchangedThenNew()
    {
        var (first, compilation) = Start(false, ("A.cs", HandlersA));
        Assert.Equal(new[] { IncrementalStepRunReason.New }, GeneratorHarness.Reasons(first.Driver, TrackingNames.Output));
        var edited = Add(compilation, "B.cs", HandlersB);
        var second = GeneratorHarness.RunOnce(first.Driver, edited);

        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.New }, GeneratorHarness.Reasons(second.Driver, TrackingNames.Output));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.New }, GeneratorHarness.Reasons(second.Driver, TrackingNames.Handlers));
        Assert.Equal(2, second.Sources.Count);
        Assert.Equal(first.Sources["LambdaFunctions.A.g.cs"], second.Sources["LambdaFunctions.A.g.cs"]);
        GeneratorHarness.AssertCachedOnRerun(second.Driver, edited);
    }

    [Fact]
    public void ChangingMsBuildProperty_RegeneratesAffectedHandlers()
    {
        var input = new GeneratorInput { Sources = new[] { ("A.cs", HandlersA), ("B.cs", HandlersB) } };
        var compilation = GeneratorHarness.CreateCompilation(input);
        var first = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(input.Properties), compilation);
        var properties = new Dictionary<string, string>(input.Properties) { ["build_property.LambdaFunctionNamePrefix"] = "prod-" };
        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(new TestOptions(properties));
        var second = GeneratorHarness.RunOnce(driver, compilation);

        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified }, GeneratorHarness.Reasons(second.Driver, TrackingNames.Output));
        Assert.All(second.Manifests.Values, m => Assert.Contains("\"FunctionName\":\"prod-", m));
    }
}

/// <summary>Output is byte-identical whatever the culture and whatever the order of the files.</summary>
public sealed class DeterminismTests
{
    private const string CultureSensitive = """
        using LambdaGen;

        namespace Contoso.Invoices
        {
            /// <summary>Invoices.</summary>
            public class InvoiceFunctions
            {
                [LambdaFunction(FunctionName = "invoice-items-index", Description = "Invoice İI ıi 1,5 ÅÄÖ", MemorySize = 1536, Timeout = -5, EphemeralStorage = 10240)]
                [LambdaEnvironment("ITEMS_LIMIT", "1000")]
                [LambdaTag("Integration", "İstanbul")]
                public string Index(string input) => input;

                [LambdaFunction(FunctionName = "INVOICE-ISSUE")]
                public string Issue(string input) => input;
            }
        }
        """;

    private static IReadOnlyDictionary<string, string> RunUnder(string culture, GeneratorInput input)
    {
        var (savedCulture, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            // The cultures must really behave differently here (ICU present), or this test proves nothing.
            if (culture == "tr-TR")
            {
                Assert.Equal("İ", "i".ToUpper(CultureInfo.CurrentCulture));
            }

            if (culture == "sv-SE")
            {
                Assert.Equal("\u22125", (-5).ToString(CultureInfo.CurrentCulture));
            }

            return GeneratorHarness.Run(input).Sources;
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    public static IEnumerable<object[]> Inputs() => new[] { "Culture" }.Concat(TestCases.Names).Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Inputs))]
    public void OutputIsIdenticalUnderSwedishAndTurkishCultures(string name)
    {
        var input = name == "Culture" ? GeneratorInput.Of(CultureSensitive, awsSdk: true) : TestCases.Get(name, awsSdk: true);
        var invariant = RunUnder("", input);
        foreach (var culture in new[] { "sv-SE", "tr-TR" })
        {
            var actual = RunUnder(culture, input);
            Assert.Equal(invariant.Keys.OrderBy(k => k, StringComparer.Ordinal), actual.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var (hint, text) in invariant)
            {
                Assert.True(text == actual[hint], $"{hint} differs under {culture}:\n{text}\n---\n{actual[hint]}");
            }
        }
        if (name == "Culture")
        {
            // Both handlers are declared in Handlers.cs, so they share its generated file.
            var generated = Assert.Single(invariant, pair => pair.Key == "LambdaFunctions.Handlers.g.cs").Value;
            Assert.Contains("\\\"Timeout\\\":-5", generated);
            Assert.Contains("Timeout = -5,", generated);
            Assert.Contains("public static partial class INVOICEISSUE", generated);
        }
    }

    [Fact]
    public void SwappingFileOrder_GivesIdenticalOutput()
    {
        const string first = """
            using LambdaGen;
            namespace Contoso
            {
                /// <summary>A.</summary>
                public class A
                {
                    [LambdaFunction(FunctionName = "Orders")]
                    public string Handle(string input) => input;
                    [LambdaFunction]
                    public string Same(string input) => input;
                }
            }
            """;
        const string second = """
            using LambdaGen;
            namespace Contoso
            {
                /// <summary>B.</summary>
                public class B
                {
                    [LambdaFunction(FunctionName = "orders")]
                    public string Handle(string input) => input;
                    [LambdaFunction(FunctionName = "A-Same")]
                    public string Same(string input) => input;
                }
            }
            """;
        var forward = GeneratorHarness.Run(new GeneratorInput { Sources = new[] { ("A.cs", first), ("B.cs", second) }, ReferenceAwsSdk = true }).Sources;
        var backward = GeneratorHarness.Run(new GeneratorInput { Sources = new[] { ("B.cs", second), ("A.cs", first) }, ReferenceAwsSdk = true }).Sources;
        Assert.Equal(2, forward.Count);
        Assert.Equal(4, GeneratorHarness.Run(new GeneratorInput { Sources = new[] { ("A.cs", first), ("B.cs", second) }, ReferenceAwsSdk = true }).Manifests.Count);
        Assert.Equal(forward.Keys.OrderBy(k => k, StringComparer.Ordinal), backward.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (hint, text) in forward)
        {
            Assert.True(text == backward[hint], $"{hint} depends on file order:\n{text}\n---\n{backward[hint]}");
        }
    }
}
