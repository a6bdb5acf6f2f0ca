using LambdaGen.CodeFixes.Tests.Harness;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

public class EnvironmentAndTagTests
{
    private static readonly EnvironmentCodeFixProvider Environment = new();
    private static readonly TagCodeFixProvider Tags = new();

    [Fact]
    public async Task Reserved_variable_attribute_is_removed_with_its_line()
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Environment,
            File(Handler("""
                [LambdaFunction]
                [LambdaEnvironment([|"AWS_REGION"|], "eu-west-1")]
                [LambdaEnvironment("TABLE", "orders")]
                """)),
            File(Handler("""
                [LambdaFunction]
                [LambdaEnvironment("TABLE", "orders")]
                """)), "LG0025");
        Assert.Equal("Remove reserved variable 'AWS_REGION'", Assert.Single(actions).Title);
        Assert.Equal(EquivalenceKeysForTests.RemoveAttribute, actions[0].EquivalenceKey);
    }

    [Fact]
    public async Task Removing_the_first_attribute_list_keeps_the_comments_above_it()
    {
        await CodeFixHarness.VerifyFixAsync(Environment,
            File(Handler("""
                /// <summary>Handles orders.</summary>
                // region is set by Lambda
                [LambdaEnvironment("AWS_EXECUTION_ENV", "x")]
                [LambdaFunction]
                """)),
            File(Handler("""
                /// <summary>Handles orders.</summary>
                // region is set by Lambda
                [LambdaFunction]
                """)), "LG0025");
    }

    [Fact]
    public async Task An_attribute_sharing_a_list_is_removed_from_the_list()
    {
        await CodeFixHarness.VerifyFixAsync(Environment,
            File(Handler("""[LambdaFunction, LambdaEnvironment("AWS_REGION", "x"), LambdaEnvironment("TABLE", "t")]""")),
            File(Handler("""[LambdaFunction, LambdaEnvironment("TABLE", "t")]""")), "LG0025");
        await CodeFixHarness.VerifyFixAsync(Environment,
            File(Handler("""[LambdaEnvironment("AWS_REGION", "x"), LambdaFunction]""")),
            File(Handler("""[LambdaFunction]""")), "LG0025");
        await CodeFixHarness.VerifyFixAsync(Environment,
            File(Handler("""[LambdaEnvironment("AWS_REGION", "x")] [LambdaFunction]""")),
            File(Handler("""[LambdaFunction]""")), "LG0025");
    }

    [Fact]
    public async Task Duplicate_variable_removes_the_later_declaration()
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Environment,
            File(Handler("""
                [LambdaFunction]
                [LambdaEnvironment("TABLE", "orders")]
                [[|LambdaEnvironment("TABLE", "orders-v2")|]]
                """)),
            File(Handler("""
                [LambdaFunction]
                [LambdaEnvironment("TABLE", "orders")]
                """)), "LG0024");
        Assert.Equal("Remove duplicate variable 'TABLE'", Assert.Single(actions).Title);
    }

    [Fact]
    public async Task Assembly_level_variable_is_removed_from_the_assembly()
    {
        var source = File(Handler("[LambdaFunction]"), """
            [assembly: LambdaEnvironment("STAGE", "prod")]
            [assembly: LambdaEnvironment("AWS_LAMBDA_FUNCTION_NAME", "x")]
            """);
        await CodeFixHarness.VerifyFixAsync(Environment, source, File(Handler("[LambdaFunction]"), """
            [assembly: LambdaEnvironment("STAGE", "prod")]
            """), "LG0025");
    }

    [Fact]
    public async Task Fix_all_removes_every_reserved_and_duplicate_variable()
    {
        var source = File(Handler("""
            [LambdaFunction]
            [LambdaEnvironment("AWS_REGION", "x"), LambdaEnvironment("AWS_REGION", "y")]
            [LambdaEnvironment("A1", "1")]
            [LambdaEnvironment("A1", "2")]
            [LambdaEnvironment("A1", "3")]
            [LambdaEnvironment("B1", "4")]
            """, "A") + "\n\n" + Handler("""
            [LambdaEnvironment("AWS_EXECUTION_ENV", "h")]
            [LambdaFunction]
            """, "B"));
        var expected = File(Handler("""
            [LambdaFunction]
            [LambdaEnvironment("A1", "1")]
            [LambdaEnvironment("B1", "4")]
            """, "A") + "\n\n" + Handler("""
            [LambdaFunction]
            """, "B"));
        var fixedProject = await CodeFixHarness.VerifyFixAllAsync(Environment, source, expected, ["LG0024", "LG0025"], EquivalenceKeysForTests.RemoveAttribute);
        Assert.DoesNotContain(await fixedProject.GetDiagnosticsAsync(), d => d.Id is "LG0024" or "LG0025");
    }

    [Fact]
    public async Task Invalid_variable_name_gets_no_fix() =>
        await CodeFixHarness.VerifyNoFixAsync(Environment, File(Handler("""
            [LambdaFunction]
            [LambdaEnvironment("_MY_VAR", "x")]
            """)), "LG0023");

    [Fact]
    public async Task A_reserved_name_that_also_fails_the_pattern_is_removed_as_reserved()
    {
        var source = File(Handler("""
            [LambdaFunction]
            [LambdaEnvironment("_HANDLER", "x")]
            [LambdaEnvironment("MODE", "y")]
            """));
        var expected = File(Handler("""
            [LambdaFunction]
            [LambdaEnvironment("MODE", "y")]
            """));
        var fixedProject = await CodeFixHarness.VerifyFixAllAsync(Environment, source, expected, ["LG0025"], EquivalenceKeysForTests.RemoveAttribute);
        Assert.DoesNotContain(await fixedProject.GetDiagnosticsAsync(), d => d.Id is "LG0023" or "LG0025");
    }

    [Theory]
    [InlineData("aws:team", "team")]
    [InlineData("AWS:cost-center", "cost-center")]
    public async Task Tag_key_loses_the_reserved_prefix(string key, string fixedKey)
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Tags,
            File(Handler($$"""
                [LambdaFunction]
                [LambdaTag([|"{{key}}"|], "x")]
                """)),
            File(Handler($$"""
                [LambdaFunction]
                [LambdaTag("{{fixedKey}}", "x")]
                """)), "LG0030");
        Assert.Equal(EquivalenceKeysForTests.RemoveAwsPrefix, Assert.Single(actions).EquivalenceKey);
    }

    [Fact]
    public async Task Tag_key_that_is_only_the_prefix_gets_no_fix() =>
        await CodeFixHarness.VerifyNoFixAsync(Tags, File(Handler("""
            [LambdaFunction]
            [LambdaTag("aws:", "x")]
            """)), "LG0030");

    [Fact]
    public async Task Assembly_tag_prefix_and_duplicate_tags_are_fixed()
    {
        var source = File(Handler("""
            [LambdaFunction]
            [LambdaTag("team", "a")]
            [LambdaTag("team", "b")]
            """), """[assembly: LambdaTag("aws:stage", "prod")]""");
        var expected = File(Handler("""
            [LambdaFunction]
            [LambdaTag("team", "a")]
            """), """[assembly: LambdaTag("stage", "prod")]""");
        await CodeFixHarness.VerifyFixAsync(Tags, source, source.Replace("aws:stage", "stage"), "LG0030");
        await CodeFixHarness.VerifyFixAllAsync(Tags, source, expected, ["LG0030", "LG0031"], null);
    }
}
