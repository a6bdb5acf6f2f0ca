using LambdaGen.CodeFixes.Tests.Harness;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

public class LayerTests
{
    private static readonly LayerCodeFixProvider Provider = new();
    private const string Layer = "arn:aws:lambda:us-east-1:123456789012:layer:shared";
    private const string Other = "arn:aws:lambda:us-east-1:123456789012:layer:other:1";

    [Fact]
    public async Task The_older_version_is_removed_when_the_later_item_is_newest()
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler($$"""[LambdaFunction(Layers = new[] { "{{Layer}}:2", "{{Other}}", [|"{{Layer}}:5"|] })]""")),
            File(Handler($$"""[LambdaFunction(Layers = new[] { "{{Other}}", "{{Layer}}:5" })]""")), "LG0022");
        Assert.Equal("Keep only version 5 of layer 'shared'", Assert.Single(actions).Title);
        Assert.Equal(EquivalenceKeysForTests.KeepNewestLayer, actions[0].EquivalenceKey);
    }

    [Fact]
    public async Task The_later_item_is_removed_when_it_is_older()
    {
        await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler($$"""[LambdaFunction(Layers = ["{{Layer}}:7", "{{Layer}}:3"])]""")),
            File(Handler($$"""[LambdaFunction(Layers = ["{{Layer}}:7"])]""")), "LG0022");
    }

    [Fact]
    public async Task Three_versions_keep_only_the_newest_whichever_diagnostic_is_fixed()
    {
        var source = File(Handler($$"""
            [LambdaFunction(Layers = new[]
            {
                "{{Layer}}:1",
                "{{Layer}}:3",
                "{{Layer}}:2",
            })]
            """));
        var expected = File(Handler($$"""
            [LambdaFunction(Layers = new[]
            {
                "{{Layer}}:3",
            })]
            """));
        await CodeFixHarness.VerifyFixAsync(Provider, source, expected, "LG0022");
        await CodeFixHarness.VerifyFixAllAsync(Provider, source, expected, ["LG0022"], EquivalenceKeysForTests.KeepNewestLayer);
    }

    [Fact]
    public async Task Layers_from_LambdaDefaults_are_fixed_there()
    {
        var source = File(Handler("[LambdaFunction]"), defaults: $$"""Layers = new[] { "{{Layer}}:1", "{{Layer}}:2" }""");
        await CodeFixHarness.VerifyFixAsync(Provider, source, source.Replace($"\"{Layer}:1\", ", ""), "LG0022");
    }

    [Fact]
    public async Task Different_awslayer_arns_are_not_versions_of_one_layer()
    {
        var project = FixProject.Create(File(Handler("""[LambdaFunction(Layers = new[] { "arn:aws:lambda:::awslayer:AmazonLinux1803", "arn:aws:lambda:::awslayer:Other" })]""")));
        Assert.DoesNotContain(await project.GetDiagnosticsAsync(), d => d.Id == "LG0022");
    }
}
