using LambdaGen.CodeFixes.Tests.Harness;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

public class RuntimeTests
{
    private static readonly RuntimeCodeFixProvider Provider = new();

    [Theory]
    [InlineData("dotnet8.0", "dotnet8", "Dotnet8")]
    [InlineData("DotNet8", "dotnet8", "Dotnet8")]
    [InlineData("net8", "dotnet8", "Dotnet8")]
    [InlineData("net10.0", "dotnet10", "Dotnet10")]
    [InlineData("provided.AL2023", "provided.al2023", "ProvidedAl2023")]
    public async Task Near_miss_becomes_the_identifier_it_means(string wrong, string right, string constant)
    {
        // net8.0 so that the fixed dotnet8 is not another error; dotnet8 is deprecated (LG0007), which is a warning.
        (string, string?)[] properties = [("TargetFramework", right == "dotnet8" ? "net8.0" : "net10.0")];
        var source = File(Handler($$"""[LambdaFunction(Runtime = [|"{{wrong}}"|])]"""));
        var actions = await CodeFixHarness.VerifyFixAsync(Provider, source, File(Handler($$"""[LambdaFunction(Runtime = "{{right}}")]""")), "LG0005", properties: properties);
        Assert.Equal([$"Use '{right}'", $"Use LambdaRuntime.{constant}"], actions.Select(a => a.Title));
        await CodeFixHarness.VerifyFixAsync(Provider, source, File(Handler($$"""[LambdaFunction(Runtime = LambdaRuntime.{{constant}})]""")), "LG0005",
            EquivalenceKeysForTests.UseConstant, properties);
    }

    [Fact]
    public async Task Provided_al2_on_managed_instances_becomes_provided_al2023()
    {
        const string cp = "CapacityProviderArn = \"arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet\", ";
        var source = File(Handler($$"""[LambdaFunction({{cp}}Runtime = [|"provided.al2"|])]"""));
        var actions = await CodeFixHarness.VerifyFixAsync(Provider, source, File(Handler($$"""[LambdaFunction({{cp}}Runtime = "provided.al2023")]""")), "LG0074");
        Assert.Equal(["Use 'provided.al2023'", "Use LambdaRuntime.ProvidedAl2023"], actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Unknown_runtime_without_a_near_miss_gets_no_fix() =>
        await CodeFixHarness.VerifyNoFixAsync(Provider, File(Handler("""[LambdaFunction(Runtime = "cobol85")]""")), "LG0005");

    [Fact]
    public async Task Blocked_runtime_becomes_the_supported_runtime_of_the_framework()
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("""[LambdaFunction(Runtime = "dotnetcore3.1")]""")),
            File(Handler("""[LambdaFunction(Runtime = "dotnet10")]""")), "LG0006");
        Assert.Equal(["Use 'dotnet10'", "Use LambdaRuntime.Dotnet10"], actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Deprecated_runtime_written_as_a_constant_gets_the_constant_first()
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("[LambdaFunction(Runtime = LambdaRuntime.Dotnet8)]")),
            File(Handler("[LambdaFunction(Runtime = LambdaRuntime.Dotnet10)]")), "LG0007");
        Assert.Equal(["Use LambdaRuntime.Dotnet10", "Use 'dotnet10'"], actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Runtime_that_cannot_run_the_framework_becomes_the_framework_runtime() =>
        await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("""[LambdaFunction(Runtime = "java21")]""")),
            File(Handler("""[LambdaFunction(Runtime = "dotnet10")]""")), "LG0008");

    [Theory]
    [InlineData("net9.0")]   // Lambda has no dotnet9 runtime
    [InlineData("net8.0")]   // dotnet8 is deprecated: no supported managed runtime to move to
    public async Task No_fix_when_the_framework_has_no_supported_managed_runtime(string framework) =>
        await CodeFixHarness.VerifyNoFixAsync(Provider, File(Handler("""[LambdaFunction(Runtime = "java21")]""")), "LG0008", [("TargetFramework", framework)]);

    [Fact]
    public async Task A_runtime_from_LambdaDefaults_is_fixed_there()
    {
        var source = File(Handler("[LambdaFunction]"), defaults: """Runtime = "dotnet6" """);
        await CodeFixHarness.VerifyFixAsync(Provider, source, source.Replace("\"dotnet6\"", "\"dotnet10\""), "LG0007");
    }

    [Fact]
    public async Task Fix_all_of_two_rules_on_one_value_edits_it_once()
    {
        // dotnet8 on net10.0 is both deprecated (LG0007) and the wrong major version (LG0008): one edit.
        var source = File(Handler("""[LambdaFunction(Runtime = "dotnet8")]""", "A") + "\n\n" + Handler("""[LambdaFunction(Runtime = "dotnet6")]""", "B"));
        var expected = File(Handler("""[LambdaFunction(Runtime = "dotnet10")]""", "A") + "\n\n" + Handler("""[LambdaFunction(Runtime = "dotnet10")]""", "B"));
        var fixedProject = await CodeFixHarness.VerifyFixAllAsync(Provider, source, expected, ["LG0005", "LG0006", "LG0007", "LG0008"], EquivalenceKeysForTests.UseSuggestedValue);
        Assert.DoesNotContain(await fixedProject.GetDiagnosticsAsync(), d => d.Id is "LG0005" or "LG0006" or "LG0007" or "LG0008");
    }

    [Fact]
    public async Task Fix_all_without_an_equivalence_key_applies_each_default_fix()
    {
        // dotnet format passes the key of the first diagnostic it meets, which may be another family's or none.
        var source = File(Handler("""[LambdaFunction(Runtime = "net10")]""", "A") + "\n\n" + Handler("[LambdaFunction(Runtime = LambdaRuntime.Dotnet8)]", "B"));
        var expected = File(Handler("""[LambdaFunction(Runtime = "dotnet10")]""", "A") + "\n\n" + Handler("[LambdaFunction(Runtime = LambdaRuntime.Dotnet10)]", "B"));
        await CodeFixHarness.VerifyFixAllAsync(Provider, source, expected, ["LG0005", "LG0007", "LG0008"], null);
        await CodeFixHarness.VerifyFixAllAsync(Provider, source, source.Replace("\"net10\"", "\"dotnet10\"").Replace("LambdaRuntime.Dotnet8", "LambdaRuntime.Dotnet10"),
            ["LG0005", "LG0007", "LG0008"], "LambdaGen.KeepArchitecture.arm64");
    }
}
