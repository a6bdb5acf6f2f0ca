using LambdaGen.CodeFixes.Tests.Harness;
using Microsoft.CodeAnalysis.CodeFixes;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

public class ResourceRangeTests
{
    private static readonly ResourceRangeCodeFixProvider Provider = new();

    [Theory]
    [InlineData("MemorySize = [|20000|]", "MemorySize = 10240", "LG0010")]
    [InlineData("MemorySize = [|64|]", "MemorySize = 128", "LG0010")]
    [InlineData("Timeout = [|0|]", "Timeout = 1", "LG0011")]
    [InlineData("Timeout = [|3600|]", "Timeout = 900", "LG0011")]
    [InlineData("EphemeralStorage = [|100|]", "EphemeralStorage = 512", "LG0012")]
    [InlineData("EphemeralStorage = [|20000|]", "EphemeralStorage = 10240", "LG0012")]
    [InlineData("Timeout = [|60 * 60|]", "Timeout = 900", "LG0011")]
    public async Task Out_of_range_value_becomes_the_nearest_bound(string argument, string fixedArgument, string id)
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler($"[LambdaFunction({argument})]")),
            File(Handler($"[LambdaFunction({fixedArgument})]")), id);
        Assert.Single(actions);
        Assert.Equal(EquivalenceKeysForTests.UseSuggestedValue, actions[0].EquivalenceKey);
    }

    private const string Cp = "CapacityProviderArn = \"arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet\", ";

    [Theory]
    [InlineData(Cp + "MemorySize = [|1024|]", Cp + "MemorySize = 2048", "LG0070", "Set MemorySize to 2048")]
    [InlineData(Cp + "MemorySize = [|65536|]", Cp + "MemorySize = 32768", "LG0070", "Set MemorySize to 32768")]
    [InlineData(Cp + "Timeout = [|7200|]", Cp + "Timeout = 5400", "LG0072", "Set Timeout to 5400")]
    [InlineData(Cp + "Timeout = [|0|]", Cp + "Timeout = 1", "LG0072", "Set Timeout to 1")]
    [InlineData(Cp + "ExecutionEnvironmentMemoryGiBPerVCpu = [|3|]", Cp + "ExecutionEnvironmentMemoryGiBPerVCpu = 4", "LG0073", "Set ExecutionEnvironmentMemoryGiBPerVCpu to 4")]
    [InlineData(Cp + "ExecutionEnvironmentMemoryGiBPerVCpu = [|2.4|]", Cp + "ExecutionEnvironmentMemoryGiBPerVCpu = 2", "LG0073", "Set ExecutionEnvironmentMemoryGiBPerVCpu to 2")]
    public async Task Managed_instances_values_become_the_nearest_supported_value(string argument, string fixedArgument, string id, string title)
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler($"[LambdaFunction({argument})]")),
            File(Handler($"[LambdaFunction({fixedArgument})]")), id);
        Assert.Equal(title, Assert.Single(actions).Title);
    }

    [Fact]
    public async Task Fix_all_fixes_standard_and_managed_instances_ranges_together()
    {
        var source = File($$"""
            [LambdaFunction({{Cp}}MemorySize = [|64|], ExecutionEnvironmentMemoryGiBPerVCpu = [|6|])] public static Stream A(Stream input) => input;
            [LambdaFunction(MemorySize = [|64|], Timeout = [|3600|])] public static Stream B(Stream input) => input;
            """);
        var expected = File($$"""
            [LambdaFunction({{Cp}}MemorySize = 2048, ExecutionEnvironmentMemoryGiBPerVCpu = 8)] public static Stream A(Stream input) => input;
            [LambdaFunction(MemorySize = 128, Timeout = 900)] public static Stream B(Stream input) => input;
            """);
        var fixedProject = await CodeFixHarness.VerifyFixAllAsync(Provider, source.Replace("[|", "").Replace("|]", ""), expected, ["LG0010", "LG0011", "LG0070", "LG0073"], EquivalenceKeysForTests.UseSuggestedValue);
        Assert.DoesNotContain(await fixedProject.GetDiagnosticsAsync(), d => d.Id is "LG0010" or "LG0011" or "LG0070" or "LG0073");
    }

    [Fact]
    public async Task The_memory_ceiling_is_LambdaMaxMemorySize_when_set()
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("[LambdaFunction(MemorySize = 4096)]")),
            File(Handler("[LambdaFunction(MemorySize = 3008)]")), "LG0010",
            properties: [("LambdaMaxMemorySize", "3008")]);
        Assert.Equal("Set MemorySize to 3008", actions[0].Title);
    }

    [Fact]
    public async Task A_value_from_LambdaDefaults_is_fixed_on_the_assembly_attribute()
    {
        var source = """
            using System.IO;
            using LambdaGen;

            [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app", MemorySize = [|99999|], Timeout = 5)]

            public static class Functions
            {
                [LambdaFunction]
                public static Stream A(Stream input) => input;

                [LambdaFunction]
                public static Stream B(Stream input) => input;
            }
            """;
        await CodeFixHarness.VerifyFixAsync(Provider, source, source.Replace("[|99999|]", "10240"), "LG0010");
    }

    [Fact]
    public async Task A_value_from_MSBuild_has_no_location_and_so_no_fix()
    {
        var project = FixProject.Create(File(Handler("[LambdaFunction]")), [("LambdaMemorySize", "64")]);
        var diagnostic = Assert.Single((await project.GetDiagnosticsAsync()).Where(d => d.Id == "LG0010"));
        Assert.False(diagnostic.Location.IsInSource);
        // An IDE cannot offer a fix without a document; the Fix All of the document changes nothing either.
        await CodeFixHarness.VerifyFixAllAsync(Provider, project,
            new Dictionary<string, string> { [Testing.TestCompilation.DefaultPath] = File(Handler("[LambdaFunction]")) },
            ["LG0010"], EquivalenceKeysForTests.UseSuggestedValue);
    }

    [Fact]
    public async Task Fix_all_in_document_sets_every_out_of_range_value()
    {
        var source = File(Handler("[LambdaFunction(MemorySize = 1, Timeout = 1000)]", "A") + "\n\n" + Handler("[LambdaFunction(MemorySize = 50000, EphemeralStorage = 1)]", "B"));
        var expected = File(Handler("[LambdaFunction(MemorySize = 128, Timeout = 900)]", "A") + "\n\n" + Handler("[LambdaFunction(MemorySize = 10240, EphemeralStorage = 512)]", "B"));
        var fixedProject = await CodeFixHarness.VerifyFixAllAsync(Provider, source, expected, ["LG0010", "LG0011", "LG0012"], EquivalenceKeysForTests.UseSuggestedValue);
        Assert.DoesNotContain(await fixedProject.GetDiagnosticsAsync(), d => d.Id is "LG0010" or "LG0011" or "LG0012");
    }

    [Fact]
    public async Task Fix_all_in_solution_fixes_every_document()
    {
        var first = File(Handler("[LambdaFunction(MemorySize = 1)]", "A"));
        var second = """
            using System.IO;
            using LambdaGen;

            public static class More
            {
                [LambdaFunction(MemorySize = 99999, Timeout = 0)]
                public static Stream C(Stream input) => input;
            }
            """;
        var project = FixProject.Create([(Testing.TestCompilation.DefaultPath, first), ("/src/More.cs", second)]);
        foreach (var scope in new[] { FixAllScope.Project, FixAllScope.Solution })
        {
            await CodeFixHarness.VerifyFixAllAsync(Provider, project, new Dictionary<string, string>
            {
                [Testing.TestCompilation.DefaultPath] = File(Handler("[LambdaFunction(MemorySize = 128)]", "A")),
                ["/src/More.cs"] = second.Replace("MemorySize = 99999", "MemorySize = 10240"),
            }, ["LG0010"], EquivalenceKeysForTests.UseSuggestedValue, scope);
        }
    }
}
