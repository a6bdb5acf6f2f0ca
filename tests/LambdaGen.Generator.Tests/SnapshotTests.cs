using System.Reflection;
using System.Text.Json.Nodes;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using LambdaGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.Generator.Tests;

/// <summary>Approved-file snapshots of the generated code and manifests for realistic projects.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Orders_WithAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("Orders", awsSdk: true)));

    [Fact]
    public void Orders_WithoutAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("Orders", awsSdk: false)));

    [Fact]
    public void Media_WithAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("Media", awsSdk: true)));

    [Fact]
    public void AssemblyDefaults_WithoutAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("AssemblyDefaults", awsSdk: false)));

    [Fact]
    public void AssemblyDefaults_WithAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("AssemblyDefaults", awsSdk: true)));

    [Fact]
    public void ImageDefaults_WithAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("ImageDefaults", awsSdk: true)));

    [Fact]
    public void MsBuildDefaults_WithoutAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("MsBuildDefaults", awsSdk: false)));

    [Fact]
    public void ManagedInstances_WithAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("ManagedInstances", awsSdk: true)));

    [Fact]
    public void Workflows_WithAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("Workflows", awsSdk: true)));

    [Fact]
    public void Workflows_WithoutAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("Workflows", awsSdk: false)));

    [Fact]
    public void Tenants_WithAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("Tenants", awsSdk: true)));

    [Fact]
    public void Storefront_WithAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("Storefront", awsSdk: true)));

    [Fact]
    public void Storefront_WithoutAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("Storefront", awsSdk: false)));

    [Fact]
    public void EventSources_WithAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("EventSources", awsSdk: true)));

    [Fact]
    public void EventSources_WithoutAwsSdk() => Snapshots.Verify(GeneratorHarness.Run(TestCases.Get("EventSources", awsSdk: false)));

    /// <summary>The snapshot sources really do set every attribute property and MSBuild property at least once.</summary>
    [Fact]
    public void SnapshotSourcesCoverEveryField()
    {
        var sources = TestCases.Names.Select(n => TestCases.Get(n, awsSdk: false)).ToList();
        var attributes = sources.SelectMany(s => s.Sources)
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.Text).GetRoot().DescendantNodes().OfType<AttributeSyntax>())
            .ToList();

        ISet<string> NamedArguments(string attributeName, bool assemblyLevel) => attributes
            .Where(a => a.Name.ToString() == attributeName && (a.Parent is AttributeListSyntax { Target: not null }) == assemblyLevel)
            .SelectMany(a => a.ArgumentList?.Arguments ?? default)
            .Where(arg => arg.NameEquals is not null)
            .Select(arg => arg.NameEquals!.Name.Identifier.Text)
            .ToHashSet();

        static IEnumerable<string> Properties(Type t) => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name);

        Assert.Empty(Properties(typeof(LambdaFunctionAttribute)).Except(NamedArguments("LambdaFunction", assemblyLevel: false)));
        Assert.Empty(Properties(typeof(LambdaDefaultsAttribute)).Except(NamedArguments("LambdaDefaults", assemblyLevel: true)));
        foreach (var attribute in new[] { "LambdaEnvironment", "LambdaTag" })
        {
            Assert.Contains(attributes, a => a.Name.ToString() == attribute && a.Parent is AttributeListSyntax { Target: not null });
            Assert.Contains(attributes, a => a.Name.ToString() == attribute && a.Parent is AttributeListSyntax { Target: null });
        }
        Assert.Contains(attributes, a => a.Name.ToString() == "LambdaFileSystem");
        // The attached attributes: every writable property, and [LambdaAlias]'s name (its constructor argument).
        Assert.Empty(Properties(typeof(LambdaFunctionUrlAttribute)).Except(NamedArguments("LambdaFunctionUrl", assemblyLevel: false)));
        Assert.Empty(Properties(typeof(LambdaAliasAttribute)).Except(NamedArguments("LambdaAlias", assemblyLevel: false)));
        Assert.Empty(Properties(typeof(LambdaAsyncInvokeAttribute)).Except(NamedArguments("LambdaAsyncInvoke", assemblyLevel: false)));
        Assert.Contains(attributes, a => a.Name.ToString() == "LambdaAlias" && a.ArgumentList?.Arguments.FirstOrDefault() is { NameEquals: null });

        var setProperties = sources.SelectMany(s => s.Properties).Where(p => p.Value.Trim().Length > 0).Select(p => p.Key).ToHashSet();
        Assert.Empty(MsBuildDefaults.PropertyNames.Select(n => "build_property." + n).Except(setProperties));

        // And every member path of the field table (VpcConfig.SubnetIds, DurableConfig.KMSKeyArn, …) appears in some manifest.
        var manifests = TestCases.Names.SelectMany(n => GeneratorHarness.Run(TestCases.Get(n, awsSdk: false)).Manifests.Values).ToList();
        var paths = manifests.SelectMany(m => Paths(JsonNode.Parse(m)!.AsObject(), "")).ToHashSet();
        Assert.Empty(FieldTable.CreateFunction.Select(f => f.ApiPath).Except(paths));

        // And every row of the other operations, in the operation manifests the generator records.
        var results = TestCases.Names.Select(n => GeneratorHarness.Run(TestCases.Get(n, awsSdk: false))).ToList();
        foreach (var operation in Operations.All.Where(o => o != Operations.CreateFunction))
        {
            var sent = results.SelectMany(r => r.OperationManifests)
                .Where(m => m.Key.Split('|')[1] == operation.Name)
                .SelectMany(m => Paths(JsonNode.Parse(m.Value)!.AsObject(), ""))
                .ToHashSet();
            Assert.Empty(FieldTable.Of(operation).Select(f => f.ApiPath).Except(sent));
        }
    }

    /// <summary>The dotted paths of an object's members, down to the first value that is not an object (an Environment
    /// or Tags map stops at its own name: its keys are user data).</summary>
    private static IEnumerable<string> Paths(JsonObject obj, string prefix)
    {
        foreach (var (key, value) in obj)
        {
            var path = prefix + key;
            yield return path;
            if (value is JsonObject child && key is not ("Variables" or "Tags"))
            {
                foreach (var nested in Paths(child, path + "."))
                {
                    yield return nested;
                }
            }
        }
    }
}
