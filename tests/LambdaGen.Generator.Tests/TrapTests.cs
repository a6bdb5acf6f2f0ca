using System.Text.Json;
using System.Text.Json.Nodes;
using LambdaGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generator.Tests;

/// <summary>The traps of DESIGN.md: names that break hint names or C#, literals that break strings, attribute shapes that break parsers.</summary>
public sealed class TrapTests
{
    private static GeneratorResult Run(string source, bool awsSdk = true, string rootNamespace = "Contoso.Orders", string assemblyName = "Contoso.Orders") =>
        GeneratorHarness.Run(new GeneratorInput
        {
            Sources = new[] { ("Handlers.cs", source) },
            ReferenceAwsSdk = awsSdk,
            Properties = GeneratorHarness.DefaultProperties(rootNamespace),
            AssemblyName = assemblyName,
        });

    private static JsonObject Manifest(GeneratorResult result, string className) =>
        JsonNode.Parse(result.Manifests["LambdaFunctions." + className])!.AsObject();

    /// <summary>Every function got its own class (distinct ignoring case, as hint names and file systems compare them),
    /// and every generated file a valid, distinct hint name.</summary>
    private static void AssertDistinctClassNames(GeneratorResult result, int expected)
    {
        var classes = result.Manifests.Keys.ToList();
        Assert.Equal(expected, classes.Count);
        Assert.Equal(expected, classes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var hints = result.Sources.Keys.ToList();
        Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(hints, h => Assert.Matches(@"^[A-Za-z0-9_.\-]+$", h));
    }

    private static string Handlers(params string[] attributes) =>
        "using LambdaGen;\nnamespace Contoso.Orders\n{\n    /// <summary>T.</summary>\n    public class T\n    {\n" +
        string.Concat(attributes.Select((a, i) => $"        [LambdaFunction({a})]\n        public string M{i}(string input) => input;\n")) +
        "    }\n}\n";

    [Theory]
    [InlineData("Layers = new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:a:1\", null }")]
    [InlineData("Description = \"orders \\uD83D\"")]
    [InlineData("ImageCommand = new string[] { null }")]
    public void A_value_no_manifest_can_carry_leaves_that_handler_out_and_the_others_in(string arguments)
    {
        // LG0113/LG0114 are errors, but a project may lower them: the manifest still never carries null or U+FFFD.
        // The source has a nullable warning of its own (a null in a string[]): only what the generated code adds counts.
        var result = GeneratorHarness.Run(new GeneratorInput
        {
            Sources = new[] { ("Handlers.cs", Handlers("FunctionName = \"fine\"", "FunctionName = \"broken\", " + arguments)) },
            ReferenceAwsSdk = true,
        }, requireCleanOutput: false);
        var names = result.Manifests.Values.Select(m => JsonNode.Parse(m)!["FunctionName"]!.GetValue<string>()).ToList();
        Assert.Equal(new[] { "fine" }, names);
    }

    [Fact]
    public void Suffixes_are_assigned_in_one_pass_and_stay_distinct()
    {
        // Many handlers sharing a name, and one whose own name is another's suffixed one.
        var names = Enumerable.Repeat("FunctionName = \"orders\"", 40).Append("FunctionName = \"orders2\"").ToArray();
        var result = Run(Handlers(names));
        AssertDistinctClassNames(result, names.Length);
        Assert.Contains("LambdaFunctions.Orders40", result.Manifests.Keys);
        Assert.Contains("LambdaFunctions.Orders22", result.Manifests.Keys);
    }

    [Fact]
    public void NamesDifferingOnlyInCase_GetDistinctClassNames()
    {
        var result = Run(Handlers("FunctionName = \"Orders\"", "FunctionName = \"orders\"", "FunctionName = \"ORDERS\""));
        AssertDistinctClassNames(result, 3);
        var names = result.Manifests.Values.Select(m => JsonNode.Parse(m)!["FunctionName"]!.GetValue<string>()).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "ORDERS", "Orders", "orders" }, names);
    }

    [Fact]
    public void ArnFormNames_GetPlainClassNames_AndAreNotPrefixed()
    {
        var properties = TestCases.PrefixProperties("dev-");
        var result = GeneratorHarness.Run(new GeneratorInput
        {
            Sources = new[] { ("Handlers.cs", Handlers(
                "FunctionName = \"arn:aws:lambda:us-east-1:123456789012:function:payments:live\"",
                "FunctionName = \"123456789012:function:refunds\"",
                "FunctionName = \"arn:aws:lambda:us-east-1:123456789012:function:payments\"")) },
            ReferenceAwsSdk = true,
            Properties = properties,
        });
        AssertDistinctClassNames(result, 3);
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:payments:live", Manifest(result, "Payments")["FunctionName"]!.GetValue<string>());
        Assert.Equal("123456789012:function:refunds", Manifest(result, "Refunds")["FunctionName"]!.GetValue<string>());
        Assert.Contains("LambdaFunctions.Payments2", result.Manifests.Keys);
    }

    [Fact]
    public void NamesThatMapToMemberNames_Compile()
    {
        string[] names =
        {
            "FunctionName", "Handler", "Runtime", "ManifestJson", "CreateFunctionRequest", "CreateFunctionAsync", "LambdaFunctions",
            "to-string", "equals", "get-hash-code", "get-type", "reference-equals", "memberwise-clone", "finalize", "system", "amazon", "global", "Contoso",
        };
        var result = Run(Handlers(names.Select(n => $"FunctionName = \"{n}\"").ToArray()));
        AssertDistinctClassNames(result, names.Length);
        foreach (var manifest in result.Manifests.Values)
        {
            Assert.Contains(JsonNode.Parse(manifest)!["FunctionName"]!.GetValue<string>(), names);
        }
    }

    [Fact]
    public void LeadingDigitAndKeywordNames_Compile()
    {
        var source = """
            using LambdaGen;
            namespace Contoso.Orders
            {
                /// <summary>T.</summary>
                public class @class
                {
                    [LambdaFunction(FunctionName = "2fa-verify")]
                    public string Verify(string input) => input;
                    [LambdaFunction(FunctionName = "123")]
                    public string Numbers(string input) => input;
                    [LambdaFunction(FunctionName = "class")]
                    public string Klass(string input) => input;
                    [LambdaFunction]
                    public string @event(string input) => input;
                    [LambdaFunction(FunctionName = "---")]
                    public string Dashes(string input) => input;
                    [LambdaFunction(FunctionName = "ünïcödé-名前")]
                    public string Unicode(string input) => input;
                }
            }
            """;
        var result = Run(source);
        AssertDistinctClassNames(result, 6);
        Assert.Equal("Contoso.Orders::Contoso.Orders.class::event", Manifest(result, "ClassEvent")["Handler"]!.GetValue<string>());
    }

    [Fact]
    public void OverloadsWithTheSameName_Compile()
    {
        var source = """
            using System.IO;
            using LambdaGen;
            namespace Contoso.Orders
            {
                /// <summary>T.</summary>
                public class Handlers
                {
                    [LambdaFunction]
                    public string Handle(string input) => input;
                    [LambdaFunction]
                    public Stream Handle(Stream input) => input;
                    [LambdaFunction]
                    public static void Handle(int input) { }
                }
            }
            """;
        var result = Run(source);
        AssertDistinctClassNames(result, 3);
    }

    [Fact]
    public void NestedGenericAndGlobalNamespaceHandlers_Compile()
    {
        var source = """
            using LambdaGen;

            /// <summary>Global.</summary>
            public class GlobalHandler
            {
                [LambdaFunction]
                public string Run(string input) => input;
            }

            namespace Contoso.Orders
            {
                /// <summary>Outer.</summary>
                public class Outer
                {
                    /// <summary>Inner.</summary>
                    public class Inner
                    {
                        [LambdaFunction]
                        public string Run(string input) => input;

                        /// <summary>Deepest.</summary>
                        public struct Deepest
                        {
                            [LambdaFunction]
                            public string Run(string input) => input;
                        }
                    }
                }

                /// <summary>Generic (the analyzer rejects it; the generator must survive it).</summary>
                public class Box<T>
                {
                    [LambdaFunction]
                    public string Run(string input) => input;
                }
            }
            """;
        var result = Run(source);
        AssertDistinctClassNames(result, 4);
        Assert.Equal("Contoso.Orders::GlobalHandler::Run", Manifest(result, "GlobalHandlerRun")["Handler"]!.GetValue<string>());
        Assert.Equal("Contoso.Orders::Contoso.Orders.Outer+Inner::Run", Manifest(result, "OuterInnerRun")["Handler"]!.GetValue<string>());
        Assert.Equal("Contoso.Orders::Contoso.Orders.Outer+Inner+Deepest::Run", Manifest(result, "OuterInnerDeepestRun")["Handler"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("My-Company.Lambda-Functions", "My_Company.Lambda_Functions")]
    [InlineData("Contoso.class.event", "Contoso.@class.@event")]
    [InlineData("1Password.App", "_1Password.App")]
    [InlineData("Contoso..Orders", "Contoso.Orders")]
    [InlineData("", "my_app.v2")]
    public void RootNamespaceIsMadeValid(string rootNamespace, string expected)
    {
        var result = Run(Handlers("FunctionName = \"a\""), rootNamespace: rootNamespace, assemblyName: "my-app.v2");
        Assert.Contains($"namespace {expected}\n", result.Sources.Values.Single());
    }

    /// <summary>Characters that end C# lines, need escaping in C# or JSON, or are more than one UTF-16 unit.</summary>
    private const string Nasty = "line\u2028sep\u2029para \"quoted\" back\\slash 🚀 nul\u0000 tab\t cr\r lf\n nel\u0085 é {0} </summary> <c>&amp;";

    [Fact]
    public void SpecialCharacters_ManifestJsonEqualsTheValues_AndCodeCompiles()
    {
        var literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(Nasty, quote: true);
        var source = $$"""
            using LambdaGen;
            namespace Contoso.Orders
            {
                /// <summary>T.</summary>
                public class T
                {
                    [LambdaFunction(FunctionName = "nasty", Description = {{literal}}, Handler = {{literal}}, LogGroup = {{literal}})]
                    [LambdaEnvironment("NASTY", {{literal}})]
                    [LambdaTag({{literal}}, {{literal}})]
                    [LambdaFileSystem({{literal}}, {{literal}})]
                    public string M(string input) => input;
                }
            }
            """;
        foreach (var awsSdk in new[] { false, true })
        {
            var result = Run(source, awsSdk);
            var json = result.Manifests.Values.Single();
            var manifest = JsonNode.Parse(json)!.AsObject();
            Assert.Equal(Nasty, manifest["Description"]!.GetValue<string>());
            Assert.Equal(Nasty, manifest["Handler"]!.GetValue<string>());
            Assert.Equal(Nasty, manifest["LoggingConfig"]!["LogGroup"]!.GetValue<string>());
            Assert.Equal(Nasty, manifest["Environment"]!["Variables"]!["NASTY"]!.GetValue<string>());
            Assert.Equal(Nasty, manifest["Tags"]![Nasty]!.GetValue<string>());
            Assert.Equal(Nasty, manifest["FileSystemConfigs"]![0]!["Arn"]!.GetValue<string>());

            // The class the assembly metadata names for the build task holds the same JSON.
            Assert.Equal(json, result.FunctionManifests["nasty"]);
        }
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("carriage\rreturn")]
    [InlineData("line\u2028separator")]
    [InlineData("paragraph\u2029separator")]
    [InlineData("next\u0085line")]
    [InlineData("nul\u0000 tab\t bell\u0007 del\u007F")]
    [InlineData("</c></summary> <b>&amp; \"q\" back\\slash")]
    public void FunctionNamesThatBreakDocComments_StillCompile(string name)
    {
        var literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(name, quote: true);
        foreach (var awsSdk in new[] { false, true })
        {
            var result = Run(Handlers($"FunctionName = {literal}"), awsSdk);
            Assert.Equal(name, Manifest(result, result.Manifests.Keys.Single()["LambdaFunctions.".Length..])["FunctionName"]!.GetValue<string>());
        }
    }

    [Fact]
    public void NonBmp_RoundTrip()
    {
        // Pairs only: a lone surrogate leaves the handler out (LG0114, A_value_no_manifest_can_carry_…).
        const string value = "a\uD83D\uDE80 b c 𝄞";
        var literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
        var result = Run(Handlers($"FunctionName = \"s\", Description = {literal}"));
        var json = result.Manifests.Values.Single();
        // System.Text.Json refuses invalid UTF-16 when reading strings, so compare the raw escapes instead.
        Assert.Contains("𝄞", json);
        Assert.Equal(value, DecodeJsonStringByHand(json, "Description"));
    }

    private static string DecodeJsonStringByHand(string json, string property)
    {
        var start = json.IndexOf($"\"{property}\":\"", StringComparison.Ordinal) + property.Length + 4;
        var builder = new System.Text.StringBuilder();
        for (int i = start; json[i] != '"'; i++)
        {
            if (json[i] != '\\') { builder.Append(json[i]); continue; }
            i++;
            builder.Append(json[i] switch
            {
                'u' => (char)Convert.ToInt32(json.Substring(i + 1, 4), 16),
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'b' => '\b',
                'f' => '\f',
                var c => c,
            });
            if (json[i] == 'u')
            {
                i += 4;
            }
        }
        return builder.ToString();
    }

    [Theory]
    [InlineData("[LambdaFunction(FunctionName = Names.Get())]", "CS0182")]
    [InlineData("[LambdaFunction(MemorySize = )]", "CS1525")]
    [InlineData("[LambdaFunction(MemorySize = \"big\")]", "CS0029")]
    [InlineData("[LambdaFunction(Unknown = 1)]", "CS0246")]
    [InlineData("[LambdaFunction(Architectures = new[] { Names.Get() })]", "CS0182")]
    [InlineData("[LambdaFunction(Layers = \"one\")]", "CS0029")]
    [InlineData("[LambdaFunction][LambdaEnvironment(\"ONLY_KEY\")]", "CS7036")]
    [InlineData("[LambdaFunction][LambdaTag(\"k\", Names.Get())]", "CS0182")]
    // The parser recovers an unclosed attribute list with its argument intact: that handler is read, not skipped.
    [InlineData("[LambdaFunction(FunctionName = \"a\"", "CS1003", "A")]
    [InlineData("[LambdaFunction(Missing.Constant)]", "CS0103")]
    [InlineData("[LambdaFunctio]", "CS0246")]
    public void BrokenAttributes_SkipTheHandler_WithoutThrowing(string attribute, string expectedError, string? recoveredAs = null)
    {
        var source = $$"""
            using LambdaGen;
            namespace Contoso.Orders
            {
                /// <summary>Names.</summary>
                public static class Names { /// <summary>Get.</summary>
                    public static string Get() => "x"; }
                /// <summary>T.</summary>
                public class T
                {
                    {{attribute}}
                    public string Broken(string input) => input;

                    [LambdaFunction(FunctionName = "fine")]
                    public string Fine(string input) => input;
                }
            }
            """;
        var input = GeneratorInput.Of(source, awsSdk: true);
        var compilation = GeneratorHarness.CreateCompilation(input);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == expectedError || d.Severity == DiagnosticSeverity.Error);
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(input.Properties), compilation, requireCleanOutput: false);
        GeneratorHarness.AssertCachedOnRerun(result.Driver, compilation);
        // The broken handler is skipped (unless the parser recovered it whole); the other one is generated.
        var expected = recoveredAs is null ? new[] { "LambdaFunctions.Fine" } : new[] { "LambdaFunctions." + recoveredAs, "LambdaFunctions.Fine" };
        Assert.Equal(expected, result.Manifests.Keys.OrderBy(k => k, StringComparer.Ordinal));
        if (recoveredAs is null)
        {
            Assert.DoesNotContain("Broken", result.Sources.Values.Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ArrayArgumentShapes_AllWork()
    {
        var source = """
            using LambdaGen;
            namespace Contoso.Orders
            {
                /// <summary>T.</summary>
                public class T
                {
                    [LambdaFunction(FunctionName = "null-array", Architectures = null, Layers = null)]
                    public string A(string input) => input;
                    [LambdaFunction(FunctionName = "empty-array", Architectures = new string[0], Layers = new string[] { })]
                    public string B(string input) => input;
                    [LambdaFunction(FunctionName = "collection-expression", Architectures = ["arm64"], Layers = [])]
                    public string C(string input) => input;
                    [LambdaFunction(FunctionName = "implicit-array", Architectures = new[] { LambdaArchitecture.X86_64 }, SubnetIds = new string[] { "subnet-1", "subnet-2" })]
                    public string D(string input) => input;
                }
            }
            """;
        var result = Run(source);
        AssertDistinctClassNames(result, 4);
        Assert.False(Manifest(result, "NullArray").ContainsKey("Architectures"));
        Assert.False(Manifest(result, "NullArray").ContainsKey("Layers"));
        Assert.Equal("[]", Manifest(result, "EmptyArray")["Architectures"]!.ToJsonString());
        Assert.Equal("[]", Manifest(result, "EmptyArray")["Layers"]!.ToJsonString());
        Assert.Equal("[\"arm64\"]", Manifest(result, "CollectionExpression")["Architectures"]!.ToJsonString());
        Assert.Equal("[]", Manifest(result, "CollectionExpression")["Layers"]!.ToJsonString());
        Assert.Equal("[\"x86_64\"]", Manifest(result, "ImplicitArray")["Architectures"]!.ToJsonString());
        Assert.Equal("[\"subnet-1\",\"subnet-2\"]", Manifest(result, "ImplicitArray")["VpcConfig"]!["SubnetIds"]!.ToJsonString());
    }

    [Fact]
    public void NoHandlers_NoOutput()
    {
        var result = Run("namespace Contoso { /// <summary>X.</summary>\n public class X { } }");
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void ManyHandlersWithCollidingDerivedNames_AllCompile()
    {
        // "A-B" from type A_B / method ... and type A / method B collide after sanitising; plus many case variants.
        var source = """
            using LambdaGen;
            namespace Contoso.Orders
            {
                /// <summary>T.</summary>
                public class A { [LambdaFunction] public string B(string input) => input; }
                /// <summary>T.</summary>
                public class a { [LambdaFunction] public string b(string input) => input; }
                /// <summary>T.</summary>
                public class A_ { [LambdaFunction] public string B(string input) => input; }
                /// <summary>T.</summary>
                public class Z { [LambdaFunction(FunctionName = "A-B2")] public string Q(string input) => input; }
                /// <summary>T.</summary>
                public class Y { [LambdaFunction(FunctionName = "ab2")] public string Q(string input) => input; }
            }
            """;
        var result = Run(source);
        AssertDistinctClassNames(result, 5);
    }

    /// <summary>Alias names that are no C# identifier, or that would name a class like its container or its own members
    /// (CS0542), like object's members (CS0108), a keyword, or like another alias ignoring case, and a function whose class
    /// would be named like the container of the aliases: the output compiles with no diagnostic (the harness checks), each
    /// alias gets its own class, and each class builds the request for its own alias.</summary>
    [Fact]
    public void AliasNames_ThatAreNoIdentifiers_OrCollide_GetDistinctCompilingClasses()
    {
        var aliases = new[] { "live", "Live", "LIVE", "aliases", "alias-name", "create-alias-request", "to-string", "class", "2024-q1", "123", "", "--", "名前", "function-name" };
        var source = "using LambdaGen;\nnamespace Contoso.Orders\n{\n    /// <summary>T.</summary>\n    public class T\n    {\n" +
            string.Concat(aliases.Select(a => $"        [LambdaAlias({Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(a, true)}, ProvisionedConcurrentExecutions = 1)]\n")) +
            "        [LambdaFunction(FunctionName = \"aliases\", Publish = true)]\n        public string M(string input) => input;\n    }\n}\n";
        var result = Run(source);
        var generated = result.Sources.Values.Single();

        // The function class is not named like the container it holds.
        Assert.Contains("public static partial class AliasesFunction", generated);
        var classes = System.Text.RegularExpressions.Regex.Matches(generated, @"^ {16}public static partial class (\w+)$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(new[] { "Live", "Live2", "LIVE3", "AliasesAlias", "AliasNameAlias", "CreateAliasRequestAlias", "ToStringAlias", "Class", "Alias2024Q1", "Alias123", "Alias", "Alias2", "Alias3", "FunctionName" }, classes);

        // Each class's requests are for its own alias, whatever its class is called.
        using var stream = new MemoryStream();
        Assert.True(result.Output.Emit(stream).Success);
        var context = new System.Runtime.Loader.AssemblyLoadContext("aliases", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var container = assembly.GetTypes().Single(t => t.Name == "Aliases");
            foreach (var (aliasClass, alias) in classes.Zip(aliases))
            {
                var type = container.GetNestedType(aliasClass)!;
                Assert.Equal(alias, type.GetField("AliasName")!.GetValue(null));
                var create = type.GetMethod("CreateAliasRequest")!.Invoke(null, new object[] { "1" })!;
                Assert.Equal(alias, create.GetType().GetProperty("Name")!.GetValue(create));
                Assert.Equal("aliases", create.GetType().GetProperty("FunctionName")!.GetValue(create));
                var provisioned = type.GetMethod("PutProvisionedConcurrencyConfigRequest")!.Invoke(null, null)!;
                Assert.Equal(alias, provisioned.GetType().GetProperty("Qualifier")!.GetValue(provisioned));
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>A null alias name (the analyzer reports it; the generator must still emit compiling code) and a URL on the
    /// alias of a function whose class holds nothing else.</summary>
    [Fact]
    public void NullAliasName_StillCompiles()
    {
        var result = Run("using LambdaGen;\nnamespace Contoso.Orders\n{\n    /// <summary>T.</summary>\n    public class T\n    {\n" +
            "        [LambdaAlias(null!, Description = null, ProvisionedConcurrentExecutions = 3)]\n        [LambdaAlias(null!)]\n" +
            "        [LambdaFunction(FunctionName = \"nulls\", Publish = true)]\n        public string M(string input) => input;\n    }\n}\n");
        var generated = result.Sources.Values.Single();
        Assert.Contains("public static partial class Alias\n", generated.Replace("\r", ""));
        Assert.Contains("public static partial class Alias2\n", generated.Replace("\r", ""));
        Assert.Contains("Qualifier = \"\",", generated);
    }
}
