using LambdaGen.CodeFixes.Tests.Harness;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

/// <summary>LG0113: the null item is removed, whatever the list and attribute; Fix All removes every one.</summary>
public class NullItemTests
{
    private static readonly NullItemCodeFixProvider Provider = new();

    [Fact]
    public async Task The_null_item_is_removed_and_only_it()
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("""[LambdaFunction(SubnetIds = new[] { "subnet-0a1b2c3d", [|null|], "subnet-0a1b2c3e" }, SecurityGroupIds = new[] { "sg-0a1b2c3d" })]""")),
            File(Handler("""[LambdaFunction(SubnetIds = new[] { "subnet-0a1b2c3d", "subnet-0a1b2c3e" }, SecurityGroupIds = new[] { "sg-0a1b2c3d" })]""")), "LG0113");
        Assert.Equal("Remove the null item", Assert.Single(actions).Title);
        Assert.Equal(EquivalenceKeysForTests.RemoveNullItem, actions[0].EquivalenceKey);
    }

    [Fact]
    public async Task A_null_in_a_collection_expression_of_another_attribute_is_removed() =>
        await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("""
                [LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.AwsIam, AllowOrigins = ["https://example.com", [|null|]])]
                [LambdaFunction]
                """)),
            File(Handler("""
                [LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.AwsIam, AllowOrigins = ["https://example.com"])]
                [LambdaFunction]
                """)), "LG0113");

    [Fact]
    public async Task Fix_all_removes_every_null_item()
    {
        var source = File(Handler("""[LambdaFunction(ImageCommand = new[] { null, "run", null }, PackageType = "Image")]"""));
        var expected = File(Handler("""[LambdaFunction(ImageCommand = new[] { "run" }, PackageType = "Image")]"""));
        await CodeFixHarness.VerifyFixAllAsync(Provider, source, expected, ["LG0113"], EquivalenceKeysForTests.RemoveNullItem);
    }
}
