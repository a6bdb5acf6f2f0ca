using LambdaGen.CodeFixes.Tests.Harness;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

public class IdentityTests
{
    private static readonly IdentityCodeFixProvider Provider = new();

    [Theory]
    [InlineData("orders.create", "orders-create")]
    [InlineData("Orders Create!", "Orders-Create")]
    [InlineData("my_func v2", "my_func-v2")]
    public async Task Function_name_with_invalid_characters_gets_the_sanitised_name(string wrong, string right)
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler($$"""[LambdaFunction(FunctionName = [|"{{wrong}}"|])]""")),
            File(Handler($$"""[LambdaFunction(FunctionName = "{{right}}")]""")), "LG0001");
        var action = Assert.Single(actions);
        Assert.Equal($"Use '{right}'", action.Title);
        Assert.Equal(EquivalenceKeysForTests.UseSuggestedValue, action.EquivalenceKey);
    }

    [Theory]
    [InlineData("\"\"")]                                                          // empty: nothing to sanitise
    [InlineData("\"arn:aws:lambda:us-east-1:123456789012:function:a.b\"")]       // an ARN is not rewritten
    public async Task Function_name_without_an_obvious_repair_gets_no_fix(string name) =>
        await CodeFixHarness.VerifyNoFixAsync(Provider, File(Handler($"[LambdaFunction(FunctionName = {name})]")), "LG0001");

    [Fact]
    public async Task The_fix_replaces_the_argument_not_the_prefixed_name() =>
        await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("""[LambdaFunction(FunctionName = "orders.create")]""")),
            File(Handler("""[LambdaFunction(FunctionName = "orders-create")]""")), "LG0001", properties: [("LambdaFunctionNamePrefix", "dev-")]);

    [Fact]
    public async Task No_fix_when_the_prefixed_sanitised_name_would_be_too_long()
    {
        var name = new string('a', 30) + "." + new string('b', 29); // 60 characters, 64 with the prefix
        await CodeFixHarness.VerifyNoFixAsync(Provider, File(Handler($$"""[LambdaFunction(FunctionName = "{{name}}")]""")), "LG0001", [("LambdaFunctionNamePrefix", "prod-")]);
    }

    [Fact]
    public async Task Long_description_is_truncated_to_256_code_points()
    {
        var text = new string('a', 250) + "😀😀😀😀😀😀😀😀😀😀"; // 260 code points; emoji are two UTF-16 units each
        var expected = new string('a', 250) + "😀😀😀😀😀😀";
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler($$"""[LambdaFunction(Description = "{{text}}")]""")),
            File(Handler($$"""[LambdaFunction(Description = "{{expected}}")]""")), "LG0003");
        Assert.Equal("Truncate Description to 256 characters", Assert.Single(actions).Title);
        Assert.Equal(EquivalenceKeysForTests.TruncateDescription, actions[0].EquivalenceKey);
    }

    [Fact]
    public async Task Truncated_description_is_escaped_as_a_literal()
    {
        var text = "line\\n" + new string('b', 300);
        await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler($$"""[LambdaFunction(Description = "{{text}}")]""")),
            File(Handler($$"""[LambdaFunction(Description = "line\n{{new string('b', 251)}}")]""")), "LG0003");
    }

    [Fact]
    public async Task Fix_all_fixes_names_and_descriptions_with_each_own_key()
    {
        var longText = new string('x', 300);
        var source = File(Handler($$"""[LambdaFunction(FunctionName = "a.b", Description = "{{longText}}")]""", "A") + "\n\n" + Handler("""[LambdaFunction(FunctionName = "c d")]""", "B"));
        await CodeFixHarness.VerifyFixAllAsync(Provider, source,
            File(Handler($$"""[LambdaFunction(FunctionName = "a-b", Description = "{{longText}}")]""", "A") + "\n\n" + Handler("""[LambdaFunction(FunctionName = "c-d")]""", "B")),
            ["LG0001"], EquivalenceKeysForTests.UseSuggestedValue);
        await CodeFixHarness.VerifyFixAllAsync(Provider, source,
            File(Handler($$"""[LambdaFunction(FunctionName = "a.b", Description = "{{new string('x', 256)}}")]""", "A") + "\n\n" + Handler("""[LambdaFunction(FunctionName = "c d")]""", "B")),
            ["LG0003"], EquivalenceKeysForTests.TruncateDescription);
        // A host that fixes both IDs with one rule's key (dotnet format does) gets each rule's default fix.
        await CodeFixHarness.VerifyFixAllAsync(Provider, source,
            File(Handler($$"""[LambdaFunction(FunctionName = "a-b", Description = "{{new string('x', 256)}}")]""", "A") + "\n\n" + Handler("""[LambdaFunction(FunctionName = "c-d")]""", "B")),
            ["LG0001", "LG0003"], EquivalenceKeysForTests.UseSuggestedValue);
    }
}
