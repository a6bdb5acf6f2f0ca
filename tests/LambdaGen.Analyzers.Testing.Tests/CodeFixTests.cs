using LambdaGen.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Analyzers.Testing.Tests;

/// <summary>
/// The code fixes on Microsoft.CodeAnalysis.Testing's CodeFixTest, which for each case applies the fix (by its equivalence
/// key) until no diagnostic it fixes is left, then Fix All in document, project and solution scope, each of which must reach
/// the same fixed code, and fails on any diagnostic the fix introduces. Two files per case, so the project and solution
/// scopes have more than one document to fix.
/// </summary>
public class CodeFixTests
{
    private static async Task Verify<TProvider>(string equivalenceKey, string before, string after, string beforeOther, string afterOther)
        where TProvider : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new CodeFixTest<TProvider> { CodeActionEquivalenceKey = equivalenceKey };
        test.TestState.Sources.Add(before);
        test.TestState.Sources.Add(("/0/Other.cs", beforeOther));
        test.FixedState.Sources.Add(after);
        test.FixedState.Sources.Add(("/0/Other.cs", afterOther));
        await test.RunAsync();
    }

    /// <summary>A second file with a class of its own (no assembly attributes: those are in the first).</summary>
    private static string Other(string attributes) => $$"""
        using System.IO;
        using LambdaGen;

        public class Others
        {
            {{attributes}}
            public static Stream Run(Stream input) => input;
        }
        """;

    [Fact]
    public Task A_range_is_clamped_everywhere() => Verify<ResourceRangeCodeFixProvider>("LambdaGen.UseSuggestedValue",
        Handler("MemorySize = {|LG0010:20000|}, Timeout = {|LG0011:901|}"), Handler("MemorySize = 10240, Timeout = 900"),
        Other("[LambdaFunction(FunctionName = \"other\", EphemeralStorage = {|LG0012:511|})]"), Other("[LambdaFunction(FunctionName = \"other\", EphemeralStorage = 512)]"));

    [Fact]
    public Task An_architecture_is_spelled_as_the_API_spells_it() => Verify<ArchitectureCodeFixProvider>("LambdaGen.UseSuggestedValue",
        Handler("Architectures = new[] { {|LG0018:\"x86-64\"|} }"), Handler("Architectures = new[] { \"x86_64\" }"),
        Other("[LambdaFunction(FunctionName = \"other\", Architectures = new[] { {|LG0018:\"aarch64\"|} })]"), Other("[LambdaFunction(FunctionName = \"other\", Architectures = new[] { \"arm64\" })]"));

    [Fact]
    public Task A_runtime_is_corrected() => Verify<RuntimeCodeFixProvider>("LambdaGen.UseSuggestedValue",
        // net10.0 (the projects' TargetFramework): the fixed runtime must also run it, or the next iteration fixes LG0008.
        Handler("Runtime = {|LG0005:\"net10.0\"|}"), Handler("Runtime = \"dotnet10\""),
        Other("[LambdaFunction(FunctionName = \"other\", Runtime = {|LG0005:\"dotnet10.0\"|})]"), Other("[LambdaFunction(FunctionName = \"other\", Runtime = \"dotnet10\")]"));

    [Fact]
    public Task A_reserved_variable_is_removed() => Verify<EnvironmentCodeFixProvider>("LambdaGen.RemoveAttribute",
        Handler("", methodAttributes: "[LambdaEnvironment({|LG0025:\"AWS_REGION\"|}, \"x\")]"), Handler("", methodAttributes: "").Replace("    \n    [LambdaFunction", "    [LambdaFunction"),
        Other("[LambdaFunction(FunctionName = \"other\")]\n    [LambdaEnvironment({|LG0025:\"_HANDLER\"|}, \"y\")]"), Other("[LambdaFunction(FunctionName = \"other\")]"));

    [Fact]
    public Task A_null_item_is_removed() => Verify<NullItemCodeFixProvider>("LambdaGen.RemoveNullItem",
        Handler("Layers = new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:a:1\", {|LG0113:null|} }"), Handler("Layers = new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:a:1\" }"),
        Other("[LambdaFunction(FunctionName = \"other\", SubnetIds = new[] { {|LG0113:null|}, \"subnet-0a1b2c3d\" }, SecurityGroupIds = new[] { \"sg-0a1b2c3d\" })]"),
        Other("[LambdaFunction(FunctionName = \"other\", SubnetIds = new[] { \"subnet-0a1b2c3d\" }, SecurityGroupIds = new[] { \"sg-0a1b2c3d\" })]"));

    [Fact]
    public Task The_reserved_tag_prefix_is_removed() => Verify<TagCodeFixProvider>("LambdaGen.RemoveAwsPrefix",
        Handler("", methodAttributes: "[LambdaTag({|LG0030:\"aws:team\"|}, \"a\")]"), Handler("", methodAttributes: "[LambdaTag(\"team\", \"a\")]"),
        Other("[LambdaFunction(FunctionName = \"other\")]\n    [LambdaTag({|LG0030:\"AWS:cost\"|}, \"b\")]"), Other("[LambdaFunction(FunctionName = \"other\")]\n    [LambdaTag(\"cost\", \"b\")]"));

    [Fact]
    public Task Only_the_newest_version_of_a_layer_is_kept() => Verify<LayerCodeFixProvider>("LambdaGen.KeepNewestLayer",
        // LG0022 is at the later of the two versions.
        Handler("Layers = new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:shared:2\", {|LG0022:\"arn:aws:lambda:us-east-1:123456789012:layer:shared:5\"|} }"),
        Handler("Layers = new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:shared:5\" }"),
        Other("[LambdaFunction(FunctionName = \"other\", Layers = new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:x:9\", {|LG0022:\"arn:aws:lambda:us-east-1:123456789012:layer:x:1\"|} })]"),
        Other("[LambdaFunction(FunctionName = \"other\", Layers = new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:x:9\" })]"));
}
