using System.Composition;
using System.Reflection;
using LambdaGen.CodeFixes.Infrastructure;
using LambdaGen.CodeFixes.Tests.Harness;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

/// <summary>What hosts rely on: how providers are declared, which IDs they fix, which Fix All scopes they support.</summary>
public class ProviderMetadataTests
{
    private static readonly Type[] ProviderTypes = typeof(LambdaGenCodeFixProvider).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.Name).ToArray();

    public static TheoryData<string> ProviderNames() => new(ProviderTypes.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(ProviderNames))]
    public void Provider_is_public_sealed_exported_for_CSharp_and_shared(string name)
    {
        var type = ProviderTypes.Single(t => t.Name == name);
        Assert.True(type.IsPublic && type.IsSealed, $"{name} must be public sealed");
        var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Equal([LanguageNames.CSharp], export.Languages);
        Assert.Equal(name, export.Name);
        Assert.NotNull(type.GetCustomAttribute<SharedAttribute>());
        Assert.NotNull(type.GetConstructor(Type.EmptyTypes)); // dotnet format creates providers with Activator
    }

    [Theory]
    [MemberData(nameof(ProviderNames))]
    public void Fix_all_supports_document_project_and_solution(string name)
    {
        var provider = (CodeFixProvider)Activator.CreateInstance(ProviderTypes.Single(t => t.Name == name))!;
        var scopes = provider.GetFixAllProvider()!.GetSupportedFixAllScopes();
        Assert.Contains(FixAllScope.Document, scopes);
        Assert.Contains(FixAllScope.Project, scopes);
        Assert.Contains(FixAllScope.Solution, scopes);
    }

    [Fact]
    public void Each_fixable_id_is_a_rule_and_has_exactly_one_provider()
    {
        var ids = ProviderTypes.SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds).ToList();
        Assert.All(ids, id => Assert.Contains(RuleCatalog.All, rule => rule.Id == id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(
            ["LG0001", "LG0003", "LG0005", "LG0006", "LG0007", "LG0008", "LG0010", "LG0011", "LG0012", "LG0017", "LG0018", "LG0019",
             "LG0022", "LG0024", "LG0025", "LG0030", "LG0031", "LG0036", "LG0041", "LG0046", "LG0047", "LG0048", "LG0049", "LG0054", "LG0058",
             "LG0061", "LG0062", "LG0064", "LG0065", "LG0067", "LG0068", "LG0070", "LG0072", "LG0073", "LG0074",
             "LG0078", "LG0085", "LG0087", "LG0088", "LG0091", "LG0092", "LG0093", "LG0097", "LG0108", "LG0113",
             "LG0117", "LG0118", "LG0119", "LG0121", "LG0123", "LG0129"],
            ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_provider_ignores_diagnostics_it_does_not_fix()
    {
        var project = FixProject.Create(File(Handler("""[LambdaFunction(MemorySize = 1, Architectures = new[] { "aarch64" })]""")));
        var diagnostics = await project.GetDiagnosticsAsync();
        var architecture = diagnostics.Single(d => d.Id == "LG0018");
        Assert.Empty(await CodeFixHarness.GetActionsAsync(new ResourceRangeCodeFixProvider(), project.Document, architecture));
        Assert.NotEmpty(await CodeFixHarness.GetActionsAsync(new ArchitectureCodeFixProvider(), project.Document, architecture));
    }

    [Fact]
    public async Task A_diagnostic_whose_span_is_not_the_expected_syntax_gets_no_fix()
    {
        // LG0010 moved onto the attribute name: the provider must not write a number there.
        var project = FixProject.Create(File(Handler("[LambdaFunction(MemorySize = 1)]")));
        var original = (await project.GetDiagnosticsAsync()).Single(d => d.Id == "LG0010");
        var text = (await project.Document.GetTextAsync()).ToString();
        var nameSpan = new Microsoft.CodeAnalysis.Text.TextSpan(text.IndexOf("LambdaFunction(", StringComparison.Ordinal), "LambdaFunction".Length);
        var moved = Diagnostic.Create(original.Descriptor, Location.Create(original.Location.SourceTree!, nameSpan), original.Properties, original.GetMessage());
        Assert.Empty(await CodeFixHarness.GetActionsAsync(new ResourceRangeCodeFixProvider(), project.Document, moved));
    }
}
