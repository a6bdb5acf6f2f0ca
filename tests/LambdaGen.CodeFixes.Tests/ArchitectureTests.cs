using LambdaGen.CodeFixes.Tests.Harness;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

public class ArchitectureTests
{
    private static readonly ArchitectureCodeFixProvider Provider = new();

    [Theory]
    [InlineData("x86-64", "x86_64", "X86_64")]
    [InlineData("amd64", "x86_64", "X86_64")]
    [InlineData("X86_64", "x86_64", "X86_64")]
    [InlineData("aarch64", "arm64", "Arm64")]
    [InlineData("ARM64", "arm64", "Arm64")]
    public async Task Misspelt_architecture_gets_the_api_spelling_or_the_constant(string wrong, string right, string constant)
    {
        var source = File(Handler($$"""[LambdaFunction(Architectures = new[] { [|"{{wrong}}"|] })]"""));
        var actions = await CodeFixHarness.VerifyFixAsync(Provider, source,
            File(Handler($$"""[LambdaFunction(Architectures = new[] { "{{right}}" })]""")), "LG0018", EquivalenceKeysForTests.UseSuggestedValue);
        Assert.Equal([$"Use '{right}'", $"Use LambdaArchitecture.{constant}"], actions.Select(a => a.Title));

        await CodeFixHarness.VerifyFixAsync(Provider, source,
            File(Handler($$"""[LambdaFunction(Architectures = new[] { LambdaArchitecture.{{constant}} })]""")), "LG0018", EquivalenceKeysForTests.UseConstant);
    }

    [Fact]
    public async Task The_constant_is_qualified_when_the_file_has_no_using()
    {
        var source = """
            [assembly: LambdaGen.LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]
            public static class Functions
            {
                [LambdaGen.LambdaFunction(Architectures = ["aarch64"])]
                public static System.IO.Stream Handle(System.IO.Stream input) => input;
            }
            """;
        await CodeFixHarness.VerifyFixAsync(Provider, source, source.Replace("\"aarch64\"", "LambdaGen.LambdaArchitecture.Arm64"), "LG0018", EquivalenceKeysForTests.UseConstant);
    }

    [Fact]
    public async Task Works_in_collection_expressions_and_on_LambdaDefaults()
    {
        var source = File(Handler("[LambdaFunction]"), defaults: """Architectures = ["AMD64"]""");
        await CodeFixHarness.VerifyFixAsync(Provider, source, source.Replace("\"AMD64\"", "\"x86_64\""), "LG0018");
    }

    [Fact]
    public async Task An_unknown_architecture_gets_no_fix() =>
        await CodeFixHarness.VerifyNoFixAsync(Provider, File(Handler("""[LambdaFunction(Architectures = new[] { "sparc" })]""")), "LG0018");

    [Fact]
    public async Task Two_architectures_offer_one_action_per_item_to_keep()
    {
        var source = File(Handler("""[LambdaFunction(Architectures = [|new[] { "x86_64", "arm64" }|])]"""));
        var actions = await CodeFixHarness.VerifyFixAsync(Provider, source,
            File(Handler("""[LambdaFunction(Architectures = new[] { "x86_64" })]""")), "LG0017", EquivalenceKeysForTests.KeepArchitecture("x86_64"));
        Assert.Equal(["Keep 'x86_64'", "Keep 'arm64'"], actions.Select(a => a.Title));

        await CodeFixHarness.VerifyFixAsync(Provider, source,
            File(Handler("""[LambdaFunction(Architectures = new[] { "arm64" })]""")), "LG0017", "Keep 'arm64'");
    }

    [Fact]
    public async Task Keeping_an_item_keeps_its_form_and_repairs_its_spelling()
    {
        await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("""[LambdaFunction(Architectures = new string[] { LambdaArchitecture.Arm64, "x86_64", "arm64" })]""")),
            File(Handler("""[LambdaFunction(Architectures = new string[] { LambdaArchitecture.Arm64 })]""")), "LG0017");
        await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("""[LambdaFunction(Architectures = ["x86_64", "aarch64"])]""")),
            File(Handler("""[LambdaFunction(Architectures = ["arm64"])]""")), "LG0017", "Keep 'arm64'");
    }

    [Fact]
    public async Task An_empty_list_gets_no_fix() =>
        await CodeFixHarness.VerifyNoFixAsync(Provider, File(Handler("[LambdaFunction(Architectures = new string[0])]")), "LG0017");

    [Fact]
    public async Task Fix_all_keeps_the_chosen_architecture_everywhere()
    {
        var source = File(
            Handler("""[LambdaFunction(Architectures = new[] { "arm64", "x86_64" })]""", "A") + "\n\n" +
            Handler("""[LambdaFunction(Architectures = new[] { "x86_64", "arm64" })]""", "B") + "\n\n" +
            Handler("""[LambdaFunction(Architectures = new[] { "arm64", "aarch64" })]""", "C"));
        var keepX86 = File(
            Handler("""[LambdaFunction(Architectures = new[] { "x86_64" })]""", "A") + "\n\n" +
            Handler("""[LambdaFunction(Architectures = new[] { "x86_64" })]""", "B") + "\n\n" +
            Handler("""[LambdaFunction(Architectures = new[] { "arm64", "aarch64" })]""", "C")); // has no x86_64: left alone
        await CodeFixHarness.VerifyFixAllAsync(Provider, source, keepX86, ["LG0017"], EquivalenceKeysForTests.KeepArchitecture("x86_64"));
        var keepArm = File(
            Handler("""[LambdaFunction(Architectures = new[] { "arm64" })]""", "A") + "\n\n" +
            Handler("""[LambdaFunction(Architectures = new[] { "arm64" })]""", "B") + "\n\n" +
            Handler("""[LambdaFunction(Architectures = new[] { "arm64" })]""", "C"));
        await CodeFixHarness.VerifyFixAllAsync(Provider, source, keepArm, ["LG0017"], EquivalenceKeysForTests.KeepArchitecture("arm64"));
    }

    [Fact]
    public async Task Fix_all_with_the_constant_key_uses_constants()
    {
        var source = File(
            Handler("""[LambdaFunction(Architectures = new[] { "ARM64" })]""", "A") + "\n\n" +
            Handler("""[LambdaFunction(Architectures = new[] { "x86-64" })]""", "B"));
        var expected = File(
            Handler("""[LambdaFunction(Architectures = new[] { LambdaArchitecture.Arm64 })]""", "A") + "\n\n" +
            Handler("""[LambdaFunction(Architectures = new[] { LambdaArchitecture.X86_64 })]""", "B"));
        await CodeFixHarness.VerifyFixAllAsync(Provider, source, expected, ["LG0018"], EquivalenceKeysForTests.UseConstant);
    }

    [Fact]
    public async Task Architecture_the_runtime_cannot_run_becomes_x86_64()
    {
        // "provided" runs only on x86_64 (and is blocked, LG0006, which this fix leaves alone).
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("""[LambdaFunction(Runtime = "provided", Architectures = new[] { [|"arm64"|] })]""")),
            File(Handler("""[LambdaFunction(Runtime = "provided", Architectures = new[] { "x86_64" })]""")), "LG0019");
        Assert.Equal(["Use 'x86_64'", "Use LambdaArchitecture.X86_64"], actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Architecture_follows_the_RuntimeIdentifier() =>
        await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("[LambdaFunction(Architectures = new[] { LambdaArchitecture.Arm64 })]")),
            File(Handler("[LambdaFunction(Architectures = new[] { LambdaArchitecture.X86_64 })]")), "LG0058", properties: [("RuntimeIdentifier", "linux-x64")]);

    [Fact]
    public async Task RuntimeIdentifier_mismatch_without_Architectures_has_nothing_to_edit() =>
        await CodeFixHarness.VerifyNoFixAsync(Provider, File(Handler("[LambdaFunction]")), "LG0058", [("RuntimeIdentifier", "linux-arm64")]);
}
