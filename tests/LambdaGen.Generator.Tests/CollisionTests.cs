using LambdaGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// Generated code never meets the user's: a declaration that takes the generated class's name or blocks its namespace moves
/// the class (GeneratedPlacement), a global System or Amazon type stops what cannot bind, and an SDK that lacks a member's
/// exact shape gets no typed use of it. Each case is a minimal input that broke the build before: the output adds no
/// diagnostic to code that compiled without it, and the class is where the placement says.
/// </summary>
public sealed class CollisionTests
{
    private const string Handler = "using LambdaGen;\nnamespace Contoso.Orders\n{\n    public class T\n    {\n        [LambdaFunction(FunctionName = \"orders\", Publish = true)]\n        [LambdaAlias(\"live\")]\n        public string M(string input) => input;\n    }\n}\n";
    private const string ShopHandler = "using LambdaGen;\nnamespace Shop\n{\n    public class T\n    {\n        [LambdaFunction(FunctionName = \"orders\")]\n        public string M(string input) => input;\n    }\n}\n";

    private static GeneratorResult Run(string user, bool sdk = true, string handler = Handler) =>
        GeneratorHarness.Run(new GeneratorInput { Sources = new[] { ("Handlers.cs", handler), ("User.cs", user) }, ReferenceAwsSdk = sdk }, requireCleanOutput: false);

    /// <summary>The generated class that holds the "orders" function, by its full name, declared only in generated trees.</summary>
    private static void AssertClassAt(GeneratorResult result, string fullName)
    {
        var type = result.Output.GetTypeByMetadataName(fullName);
        Assert.True(type is not null, $"no type {fullName}; generated:\n{string.Join("\n", result.Sources.Values)}");
        Assert.All(type!.DeclaringSyntaxReferences, r => Assert.Contains("LambdaGenerator", r.SyntaxTree.FilePath));
        Assert.NotNull(type.GetTypeMembers("Orders").SingleOrDefault()?.GetMembers("ManifestJson").SingleOrDefault());
        Assert.Contains(result.Output.Assembly.GetAttributes(), a => a.ConstructorArguments.FirstOrDefault().Value as string == "LambdaGen.ManifestClass:orders"
            && a.ConstructorArguments[1].Value as string == fullName + "+Orders");
        Assert.NotNull(result.FunctionManifests["orders"]);
    }

    public static TheoryData<string, string> Moves => new()
    {
        { "namespace Contoso.Orders { public class LambdaFunctions {} }", "Contoso.Orders.LambdaGenFunctions" },
        { "namespace Contoso.Orders { public struct LambdaFunctions {} }", "Contoso.Orders.LambdaGenFunctions" },
        { "namespace Contoso.Orders { public enum LambdaFunctions {} }", "Contoso.Orders.LambdaGenFunctions" },
        { "namespace Contoso.Orders { public interface LambdaFunctions {} }", "Contoso.Orders.LambdaGenFunctions" },
        { "namespace Contoso.Orders { public delegate void LambdaFunctions(); }", "Contoso.Orders.LambdaGenFunctions" },
        { "namespace Contoso.Orders.LambdaFunctions { class X {} }", "Contoso.Orders.LambdaGenFunctions" },
        { "namespace Contoso.Orders { internal static partial class LambdaFunctions {} }", "Contoso.Orders.LambdaGenFunctions" },
        { "namespace Contoso.Orders { public partial class LambdaFunctions { public int X; } }", "Contoso.Orders.LambdaGenFunctions" },
        { "namespace Contoso.Orders { public static partial class LambdaFunctions { public const int Orders = 1; } }", "Contoso.Orders.LambdaGenFunctions" },
        { "namespace Contoso.Orders { public class LambdaFunctions {} public class LambdaGenFunctions {} }", "Contoso.Orders.LambdaGenFunctions2" },
        // A generic type is another name, a file-local type is invisible elsewhere: neither moves the class.
        { "namespace Contoso.Orders { public static class LambdaFunctions<T> {} }", "Contoso.Orders.LambdaFunctions" },
        // Names that live elsewhere capture nothing: every reference in generated code starts at global::.
        { "namespace Contoso.Orders { public class System {} public class Amazon {} public class Orders {} public class Aliases {} public class Live {} }", "Contoso.Orders.LambdaFunctions" },
        { "namespace Contoso.Orders.System { public class X {} } namespace Contoso.Orders.Amazon { public class Y {} }", "Contoso.Orders.LambdaFunctions" },
        // The project's own framework attributes bind instead of the framework's (CS0436 in the project's code, not in LambdaGen's),
        // and the hand-off still carries the manifests.
        { "namespace System.Reflection { [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public sealed class AssemblyMetadataAttribute : System.Attribute { public AssemblyMetadataAttribute(string k, string v) { } } }", "Contoso.Orders.LambdaFunctions" },
        { "namespace System.CodeDom.Compiler { public sealed class GeneratedCodeAttribute : System.Attribute { public GeneratedCodeAttribute(string a, string b) { } } }", "Contoso.Orders.LambdaFunctions" },
        // A source-defined Task<T> or CancellationToken makes the SDK's methods differ from what a typed call would name: none is written.
        { "namespace System.Threading.Tasks { public class Task<T> {} }", "Contoso.Orders.LambdaFunctions" },
        { "namespace System.Threading { public struct CancellationToken {} }", "Contoso.Orders.LambdaFunctions" },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void A_colliding_declaration_moves_the_class_and_the_output_adds_no_diagnostic(string user, string expected)
    {
        var result = Run(user);
        AssertClassAt(result, expected);
    }

    [Theory]
    [InlineData("public class Contoso {}", "LambdaFunctions")]
    [InlineData("namespace Contoso { public class Orders {} }", "Contoso.LambdaFunctions")]
    [InlineData("public class Contoso {} public class LambdaFunctions {}", "LambdaGenFunctions")]
    public void A_type_named_like_a_namespace_segment_keeps_the_class_out_of_that_namespace(string user, string expected)
    {
        var result = Run(user, handler: ShopHandler);
        AssertClassAt(result, expected);
    }

    [Fact]
    public void A_global_System_type_leaves_nothing_generated_but_a_note()
    {
        var result = Run("public class System {}", sdk: false, handler: ShopHandler);
        var only = Assert.Single(result.AllSources);
        Assert.Equal("LambdaGen.Project.g.cs", only.Key);
        Assert.DoesNotContain("[assembly", only.Value);
        Assert.Contains("LG0111", only.Value);
    }

    /// <summary>Found by the fuzz test: the project's own AssemblyMetadataAttribute that the manifests' hand-off cannot use
    /// (CS1729, CS0592, CS0579 in generated code), or a type named like a namespace on its way (CS0426).</summary>
    [Theory]
    [InlineData("namespace System.Reflection { public class AssemblyMetadataAttribute : System.Attribute { } }")]
    [InlineData("namespace System.Reflection { public class AssemblyMetadataAttribute : System.Attribute { public AssemblyMetadataAttribute(string k, string v) { } } }")]
    [InlineData("namespace System.Reflection { [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)] public class AssemblyMetadataAttribute : System.Attribute { public AssemblyMetadataAttribute(string k, string v) { } } }")]
    [InlineData("namespace System.Reflection { [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public abstract class AssemblyMetadataAttribute : System.Attribute { public AssemblyMetadataAttribute(string k, string v) { } } }")]
    [InlineData("namespace System.Reflection { [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public class AssemblyMetadataAttribute : System.Attribute { private AssemblyMetadataAttribute(string k, string v) { } } }")]
    [InlineData("namespace System.Reflection { public class AssemblyMetadataAttribute { } }")]
    [InlineData("namespace System { public class Reflection { } }")]
    public void An_unusable_AssemblyMetadataAttribute_leaves_nothing_generated_but_a_note(string user)
    {
        var result = Run(user, sdk: false, handler: ShopHandler);
        var only = Assert.Single(result.AllSources);
        Assert.Equal("LambdaGen.Project.g.cs", only.Key);
        Assert.DoesNotContain("[assembly", only.Value);
        Assert.Contains("LG0115", only.Value);
    }

    [Theory]
    [InlineData("namespace System.CodeDom.Compiler { public class GeneratedCodeAttribute : System.Attribute { } }")]
    [InlineData("namespace System.CodeDom { public class Compiler { } }")]
    public void An_unusable_GeneratedCodeAttribute_leaves_the_classes_unmarked(string user)
    {
        var result = Run(user, handler: ShopHandler);
        AssertClassAt(result, "Contoso.Orders.LambdaFunctions");
        Assert.DoesNotContain("GeneratedCodeAttribute", string.Concat(result.Sources.Values));
    }

    [Theory]
    [InlineData("namespace System { public class Threading { } }")]
    [InlineData("namespace System.Collections { public class Generic { } }")]
    public void A_type_hiding_a_namespace_the_typed_calls_name_leaves_them_out(string user)
    {
        var result = Run(user, handler: ShopHandler);
        AssertClassAt(result, "Contoso.Orders.LambdaFunctions");
        Assert.DoesNotContain("CreateFunctionAsync", string.Concat(result.Sources.Values));
    }

    [Fact]
    public void A_global_Amazon_type_leaves_the_typed_calls_out_and_the_rest_in()
    {
        var result = Run("public class Amazon {}", handler: ShopHandler);
        AssertClassAt(result, "Contoso.Orders.LambdaFunctions");
        Assert.DoesNotContain("CreateFunctionAsync", string.Concat(result.Sources.Values));
    }

    private const string Client = " namespace Amazon.Lambda { public interface IAmazonLambda { System.Threading.Tasks.Task<Amazon.Lambda.Model.CreateFunctionResponse> CreateFunctionAsync(Amazon.Lambda.Model.CreateFunctionRequest r, System.Threading.CancellationToken c = default); } }";
    private const string Model = " public class FunctionCode {} public class CreateFunctionResponse {} } ";

    public static TheoryData<string, bool> SourceDefinedSdks => new()
    {
        // Only the request: no client, no typed call.
        { "namespace Amazon.Lambda.Model { public class CreateFunctionRequest {} }", false },
        // Code of the wrong type.
        { "namespace Amazon.Lambda.Model { public class CreateFunctionRequest { public string FunctionName { get; set; } public int Code { get; set; } }" + Model + Client, false },
        // An internal request: public methods cannot return it (CS0050).
        { "namespace Amazon.Lambda.Model { internal class CreateFunctionRequest { public string FunctionName { get; set; } public FunctionCode Code { get; set; } }" + Model + Client, false },
        // A request without a parameterless constructor.
        { "namespace Amazon.Lambda.Model { public class CreateFunctionRequest { public CreateFunctionRequest(int x) {} public string FunctionName { get; set; } public FunctionCode Code { get; set; } }" + Model + Client, false },
        // Usable, but Description is an int and Runtime a string without FindValue: both left out, the rest typed.
        { "namespace Amazon.Lambda.Model { public class CreateFunctionRequest { public string FunctionName { get; set; } public FunctionCode Code { get; set; } public int Description { get; set; } public string Runtime { get; set; } public int? MemorySize { get; set; } }" + Model + Client, true },
    };

    [Theory]
    [MemberData(nameof(SourceDefinedSdks))]
    public void A_source_defined_or_odd_sdk_gets_a_typed_call_only_for_what_it_really_has(string sdk, bool typed)
    {
        var handler = ShopHandler.Replace("FunctionName = \"orders\"", "FunctionName = \"orders\", Description = \"d\", MemorySize = 256");
        var result = Run(sdk, sdk: false, handler: handler);
        var text = string.Concat(result.Sources.Values);
        Assert.Equal(typed, text.Contains("CreateFunctionAsync", StringComparison.Ordinal));
        if (typed)
        {
            Assert.Contains("MemorySize = 256", text);
            Assert.DoesNotContain("Description = ", text);
            Assert.DoesNotContain("Runtime = global::", text);
        }
    }

    public static TheoryData<string> Texts => new()
    {
        "a<b", "a&b>", "x\uFFFD", "x\uFFFF", "x\uFFFE", "x\uD800", "\uDC00x", "a\u0001b", "a\u2028b", "a\u0085b", "a\U0001F600b", "\\u0000", "a\\\"b", "*/", "]]>", "<!--", "a\u007Fb",
    };

    /// <summary>Text from the user reaches doc comments (function and alias names), string literals (every setting) and
    /// class names; each is escaped for its context, so nothing the user can type adds a diagnostic (CS1570 included).</summary>
    [Theory]
    [MemberData(nameof(Texts))]
    public void User_text_is_escaped_for_every_context_it_reaches(string text)
    {
        var literal = SymbolDisplay.FormatLiteral(text, quote: true);
        var source = $"using LambdaGen;\nnamespace Contoso.Orders\n{{\n    public class T\n    {{\n        [LambdaFunction(FunctionName = {literal}, Description = {literal}, Publish = true)]\n        [LambdaAlias({literal}, Description = {literal})]\n        [LambdaTag({literal}, {literal})]\n        [LambdaEnvironment(\"A_B\", {literal})]\n        public string M(string input) => input;\n    }}\n}}\n";
        var result = GeneratorHarness.Run(new GeneratorInput { Sources = new[] { ("Handlers.cs", source) }, ReferenceAwsSdk = true }, requireCleanOutput: false);
        var generated = result.Output.SyntaxTrees.Where(t => t.FilePath.Contains("LambdaGenerator", StringComparison.Ordinal));
        Assert.All(generated, tree => Assert.Empty(result.Output.GetSemanticModel(tree).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)));
    }
}
