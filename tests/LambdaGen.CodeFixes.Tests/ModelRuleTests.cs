using LambdaGen.CodeFixes.Infrastructure;
using LambdaGen.CodeFixes.Tests.Harness;
using Microsoft.CodeAnalysis.CodeFixes;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

/// <summary>The fixes of the generic model check: LG0061, LG0062, LG0064, LG0065 clamp to the range; LG0067, LG0068 use the
/// API spelling, as a literal or as the LambdaGen constant.</summary>
public class ModelRuleTests
{
    private const string Provider = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet";
    private const string WithProvider = "CapacityProviderArn = \"" + Provider + "\", ";
    private static readonly ResourceRangeCodeFixProvider Range = new();
    private static readonly EnumerationCodeFixProvider Enumeration = new();

    [Theory]
    [InlineData("PerExecutionEnvironmentMaxConcurrency = [|0|]", "PerExecutionEnvironmentMaxConcurrency = 1", "LG0061")]
    [InlineData("PerExecutionEnvironmentMaxConcurrency = [|5000|]", "PerExecutionEnvironmentMaxConcurrency = 1600", "LG0061")]
    [InlineData("PerExecutionEnvironmentMaxConcurrency = [|int.MinValue|]", "PerExecutionEnvironmentMaxConcurrency = 1", "LG0061")]
    [InlineData("ExecutionEnvironmentMemoryGiBPerVCpu = [|1.5|]", "ExecutionEnvironmentMemoryGiBPerVCpu = 2", "LG0062")]
    [InlineData("ExecutionEnvironmentMemoryGiBPerVCpu = [|16.0|]", "ExecutionEnvironmentMemoryGiBPerVCpu = 8", "LG0062")]
    [InlineData("ExecutionEnvironmentMemoryGiBPerVCpu = [|-1e300|]", "ExecutionEnvironmentMemoryGiBPerVCpu = 2", "LG0062")]
    [InlineData("ExecutionEnvironmentMemoryGiBPerVCpu = [|double.PositiveInfinity|]", "ExecutionEnvironmentMemoryGiBPerVCpu = 8", "LG0062")]
    [InlineData("ExecutionEnvironmentMemoryGiBPerVCpu = [|8.5f|]", "ExecutionEnvironmentMemoryGiBPerVCpu = 8", "LG0062")]
    [InlineData("DurableExecutionTimeout = [|0|]", "DurableExecutionTimeout = 1", "LG0064")]
    [InlineData("DurableExecutionTimeout = [|366 * 24 * 3600 + 1|]", "DurableExecutionTimeout = 31622400", "LG0064")]
    [InlineData("DurableRetentionPeriodInDays = [|120|]", "DurableRetentionPeriodInDays = 90", "LG0065")]
    [InlineData("DurableRetentionPeriodInDays = [|default|]", "DurableRetentionPeriodInDays = 1", "LG0065")]
    public async Task Out_of_range_value_becomes_the_nearest_bound(string argument, string fixedArgument, string id)
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Range,
            File(Handler($"[LambdaFunction({WithProvider}{argument})]")),
            File(Handler($"[LambdaFunction({WithProvider}{fixedArgument})]")), id);
        var action = Assert.Single(actions);
        Assert.Equal(EquivalenceKeysForTests.UseSuggestedValue, action.EquivalenceKey);
        Assert.Equal("Set " + fixedArgument.Replace(" = ", " to "), action.Title);
    }

    [Fact]
    public async Task NaN_gets_no_fix() =>
        await CodeFixHarness.VerifyNoFixAsync(Range, File(Handler($"[LambdaFunction({WithProvider}ExecutionEnvironmentMemoryGiBPerVCpu = double.NaN)]")), "LG0062");

    [Theory]
    [InlineData("8", "8")]
    [InlineData("2", "2")]
    [InlineData("-3", "-3")]
    [InlineData("2.5", "2.5")]
    [InlineData("0.1", "0.1")]
    [InlineData("1E+20", "1E+20")]
    [InlineData("3000000000", "3000000000.0")]
    [InlineData("5E-324", "5E-324")]
    public void A_numeric_fix_is_written_as_valid_CSharp(string fix, string literal)
    {
        Assert.True(ValueFixes.TryNumberLiteral(fix, out var syntax));
        Assert.Equal(literal, syntax.ToString());
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText($"class C {{ const double D = {syntax}; }}");
        Assert.Empty(tree.GetDiagnostics());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("eight")]
    [InlineData("2,5")]
    public void Anything_else_is_no_numeric_fix(string? fix) => Assert.False(ValueFixes.TryNumberLiteral(fix, out _));

    [Fact]
    public async Task A_range_from_LambdaDefaults_is_fixed_there()
    {
        var source = File(Handler("[LambdaFunction]"), defaults: "DurableRetentionPeriodInDays = [|365|]");
        await CodeFixHarness.VerifyFixAsync(Range, source, source.Replace("[|365|]", "90"), "LG0065");
    }

    [Fact]
    public async Task Fix_all_in_document_clamps_every_model_range_and_the_older_ranges()
    {
        var source = File(Handler($"[LambdaFunction({WithProvider}PerExecutionEnvironmentMaxConcurrency = 0, ExecutionEnvironmentMemoryGiBPerVCpu = 9.5, MemorySize = 1)]", "A") + "\n\n" +
                          Handler("[LambdaFunction(DurableExecutionTimeout = -1, DurableRetentionPeriodInDays = 91)]", "B"));
        var expected = File(Handler($"[LambdaFunction({WithProvider}PerExecutionEnvironmentMaxConcurrency = 1, ExecutionEnvironmentMemoryGiBPerVCpu = 8, MemorySize = 2048)]", "A") + "\n\n" +
                            Handler("[LambdaFunction(DurableExecutionTimeout = 1, DurableRetentionPeriodInDays = 90)]", "B"));
        // On a capacity provider the memory floor is Managed Instances' 2048 MB (LG0070), not a standard function's 128.
        var ids = new[] { "LG0070", "LG0061", "LG0062", "LG0064", "LG0065" };
        var fixedProject = await CodeFixHarness.VerifyFixAllAsync(Range, source, expected, ids, EquivalenceKeysForTests.UseSuggestedValue);
        Assert.DoesNotContain(await fixedProject.GetDiagnosticsAsync(), d => ids.Contains(d.Id));
    }

    [Fact]
    public async Task Fix_all_in_solution_clamps_every_document()
    {
        var first = File(Handler($"[LambdaFunction({WithProvider}ExecutionEnvironmentMemoryGiBPerVCpu = 1)]", "A"));
        var second = """
            using System.IO;
            using LambdaGen;

            public static class More
            {
                [LambdaFunction(DurableRetentionPeriodInDays = 0)]
                public static Stream C(Stream input) => input;
            }
            """;
        var project = FixProject.Create([(Testing.TestCompilation.DefaultPath, first), ("/src/More.cs", second)]);
        await CodeFixHarness.VerifyFixAllAsync(Range, project, new Dictionary<string, string>
        {
            [Testing.TestCompilation.DefaultPath] = first.Replace("= 1)", "= 2)"),
            ["/src/More.cs"] = second.Replace("= 0)", "= 1)"),
        }, ["LG0062", "LG0065"], EquivalenceKeysForTests.UseSuggestedValue, FixAllScope.Solution);
    }

    [Theory]
    [InlineData("TenantIsolationMode", "per_tenant", "PER_TENANT", "LambdaTenantIsolationMode.PerTenant", "LG0067")]
    [InlineData("TenantIsolationMode", "PerTenant", "PER_TENANT", "LambdaTenantIsolationMode.PerTenant", "LG0067")]
    [InlineData("TenantIsolationMode", "per-tenant", "PER_TENANT", "LambdaTenantIsolationMode.PerTenant", "LG0067")]
    [InlineData("PublishTo", "LatestPublished", "LATEST_PUBLISHED", "LambdaPublishTo.LatestPublished", "LG0068")]
    [InlineData("PublishTo", "latest-published", "LATEST_PUBLISHED", "LambdaPublishTo.LatestPublished", "LG0068")]
    public async Task A_case_or_separator_slip_becomes_the_API_spelling(string property, string wrong, string right, string constant, string id)
    {
        var source = File(Handler($$"""[LambdaFunction({{property}} = [|"{{wrong}}"|])]"""));
        var actions = await CodeFixHarness.VerifyFixAsync(Enumeration, source, File(Handler($$"""[LambdaFunction({{property}} = "{{right}}")]""")), id);
        Assert.Equal([$"Use '{right}'", "Use " + constant], actions.Select(a => a.Title));
        await CodeFixHarness.VerifyFixAsync(Enumeration, source, File(Handler($"[LambdaFunction({property} = {constant})]")), id, EquivalenceKeysForTests.UseConstant);
    }

    [Fact]
    public async Task A_value_written_as_a_constant_gets_the_LambdaGen_constant_first()
    {
        var source = File(Handler("[LambdaFunction(TenantIsolationMode = [|Modes.Tenant|])]") + "\n\nprivate static class Modes { public const string Tenant = \"PerTenant\"; }");
        var actions = await CodeFixHarness.VerifyFixAsync(Enumeration, source,
            File(Handler("[LambdaFunction(TenantIsolationMode = LambdaTenantIsolationMode.PerTenant)]") + "\n\nprivate static class Modes { public const string Tenant = \"PerTenant\"; }"), "LG0067");
        Assert.Equal(["Use LambdaTenantIsolationMode.PerTenant", "Use 'PER_TENANT'"], actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("TenantIsolationMode = \"SHARED\"", "LG0067")]
    [InlineData("TenantIsolationMode = \"\"", "LG0067")]
    [InlineData("PublishTo = \"$LATEST.PUBLISHED\"", "LG0068")]
    [InlineData("PublishTo = \"$LATEST\"", "LG0068")]
    public async Task A_value_that_matches_nothing_gets_no_fix(string arguments, string id) =>
        await CodeFixHarness.VerifyNoFixAsync(Enumeration, File(Handler($"[LambdaFunction({arguments})]")), id);

    [Fact]
    public async Task An_enum_from_LambdaDefaults_is_fixed_there()
    {
        var source = File(Handler("[LambdaFunction]"), defaults: """PublishTo = [|"latest_published"|]""");
        await CodeFixHarness.VerifyFixAsync(Enumeration, source, source.Replace("[|\"latest_published\"|]", "\"LATEST_PUBLISHED\""), "LG0068");
    }

    [Fact]
    public async Task Fix_all_in_document_fixes_the_new_and_the_old_enumerations()
    {
        var source = File(Handler("""[LambdaFunction(TenantIsolationMode = "per_tenant", PublishTo = "LatestPublished", TracingMode = "active")]"""));
        var expected = File(Handler("""[LambdaFunction(TenantIsolationMode = "PER_TENANT", PublishTo = "LATEST_PUBLISHED", TracingMode = "Active")]"""));
        var fixedProject = await CodeFixHarness.VerifyFixAllAsync(Enumeration, source, expected, ["LG0036", "LG0067", "LG0068"], EquivalenceKeysForTests.UseSuggestedValue);
        Assert.DoesNotContain(await fixedProject.GetDiagnosticsAsync(), d => d.Id is "LG0036" or "LG0067" or "LG0068");
    }

    [Fact]
    public async Task Fix_all_with_the_constant_key_uses_the_constants()
    {
        var source = File(Handler("""[LambdaFunction(TenantIsolationMode = "per_tenant", PublishTo = "LatestPublished")]"""));
        var expected = File(Handler("[LambdaFunction(TenantIsolationMode = LambdaTenantIsolationMode.PerTenant, PublishTo = LambdaPublishTo.LatestPublished)]"));
        await CodeFixHarness.VerifyFixAllAsync(Enumeration, source, expected, ["LG0067", "LG0068"], EquivalenceKeysForTests.UseConstant);
    }

    [Theory]
    [InlineData("CapacityProviderArn = \"fleet\"", "LG0060")]
    [InlineData("PerExecutionEnvironmentMaxConcurrency = 10", "LG0063")]
    [InlineData("DurableKMSKeyArn = \"alias/x\"", "LG0066")]
    public async Task Rules_without_an_obvious_value_get_no_fix(string arguments, string id)
    {
        var source = File(Handler($"[LambdaFunction({arguments})]"));
        await CodeFixHarness.VerifyNoFixAsync(Range, source, id);
        await CodeFixHarness.VerifyNoFixAsync(Enumeration, source, id);
    }
}
