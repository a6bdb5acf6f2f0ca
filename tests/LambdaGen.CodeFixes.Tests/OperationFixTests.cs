using LambdaGen.CodeFixes.Tests.Harness;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

/// <summary>Issue 14: the generic fixes reach [LambdaFunctionUrl], [LambdaAlias] and [LambdaAsyncInvoke] (clamping LG0078,
/// LG0087 MaxAge, LG0091–LG0093; enum spellings LG0085, LG0088 with the constants LambdaFunctionUrlAuthType and
/// LambdaInvokeMode), plus LG0108 AllowMethods case and LG0097 a qualifier that differs from an alias only in case.</summary>
public class OperationFixTests
{
    private const string Url = "[LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.AwsIam, ";
    private static readonly ResourceRangeCodeFixProvider Range = new();
    private static readonly EnumerationCodeFixProvider Enumeration = new();

    [Theory]
    [InlineData("[LambdaFunction(ReservedConcurrentExecutions = [|-4|])]", "[LambdaFunction(ReservedConcurrentExecutions = 0)]", "LG0078", "ReservedConcurrentExecutions to 0")]
    [InlineData(Url + "MaxAge = [|90000|])] [LambdaFunction]", Url + "MaxAge = 86400)] [LambdaFunction]", "LG0087", "MaxAge to 86400")]
    [InlineData("[LambdaAlias(\"live\", ProvisionedConcurrentExecutions = [|0|])] [LambdaFunction(Publish = true)]", "[LambdaAlias(\"live\", ProvisionedConcurrentExecutions = 1)] [LambdaFunction(Publish = true)]", "LG0091", "ProvisionedConcurrentExecutions to 1")]
    [InlineData("[LambdaAlias(\"a\")] [LambdaAlias(\"b\", ProvisionedConcurrentExecutions = [|-1|])] [LambdaFunction(Publish = true)]", "[LambdaAlias(\"a\")] [LambdaAlias(\"b\", ProvisionedConcurrentExecutions = 1)] [LambdaFunction(Publish = true)]", "LG0091", "ProvisionedConcurrentExecutions to 1")]
    [InlineData("[LambdaAsyncInvoke(MaximumRetryAttempts = [|5|])] [LambdaFunction]", "[LambdaAsyncInvoke(MaximumRetryAttempts = 2)] [LambdaFunction]", "LG0092", "MaximumRetryAttempts to 2")]
    [InlineData("[LambdaAsyncInvoke(MaximumEventAgeInSeconds = [|1|])] [LambdaFunction]", "[LambdaAsyncInvoke(MaximumEventAgeInSeconds = 60)] [LambdaFunction]", "LG0093", "MaximumEventAgeInSeconds to 60")]
    public async Task Out_of_range_values_of_attached_attributes_become_the_nearest_bound(string attributes, string fixedAttributes, string id, string title)
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Range, File(Handler(attributes)), File(Handler(fixedAttributes)), id);
        Assert.Equal("Set " + title, Assert.Single(actions).Title);
    }

    [Fact]
    public async Task Reserved_concurrency_from_LambdaDefaults_is_clamped_there()
    {
        var source = File(Handler("[LambdaFunction]"), defaults: "ReservedConcurrentExecutions = [|-1|]");
        await CodeFixHarness.VerifyFixAsync(Range, source, source.Replace("[|-1|]", "0"), "LG0078");
    }

    [Theory]
    [InlineData("AuthType = [|\"aws_iam\"|]", "AuthType = \"AWS_IAM\"", "AuthType = LambdaFunctionUrlAuthType.AwsIam", "'AWS_IAM'", "LambdaFunctionUrlAuthType.AwsIam", "LG0085")]
    [InlineData("AuthType = [|\"none\"|]", "AuthType = \"NONE\"", "AuthType = LambdaFunctionUrlAuthType.None", "'NONE'", "LambdaFunctionUrlAuthType.None", "LG0085")]
    [InlineData("AuthType = \"AWS_IAM\", InvokeMode = [|\"response-stream\"|]", "AuthType = \"AWS_IAM\", InvokeMode = \"RESPONSE_STREAM\"", "AuthType = \"AWS_IAM\", InvokeMode = LambdaInvokeMode.ResponseStream", "'RESPONSE_STREAM'", "LambdaInvokeMode.ResponseStream", "LG0088")]
    public async Task Url_enum_slips_become_the_API_spelling_or_the_constant(string arguments, string literal, string constant, string literalTitle, string constantTitle, string id)
    {
        var source = File(Handler($"[LambdaFunctionUrl({arguments})] [LambdaFunction]"));
        var actions = await CodeFixHarness.VerifyFixAsync(Enumeration, source, File(Handler($"[LambdaFunctionUrl({literal})] [LambdaFunction]")), id);
        Assert.Equal(["Use " + literalTitle, "Use " + constantTitle], actions.Select(a => a.Title));
        await CodeFixHarness.VerifyFixAsync(Enumeration, source, File(Handler($"[LambdaFunctionUrl({constant})] [LambdaFunction]")), id, EquivalenceKeysForTests.UseConstant);
    }

    [Fact]
    public async Task A_lowercase_method_becomes_upper_case()
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Enumeration,
            File(Handler(Url + "AllowMethods = new[] { \"GET\", [|\"post\"|] })] [LambdaFunction]")),
            File(Handler(Url + "AllowMethods = new[] { \"GET\", \"POST\" })] [LambdaFunction]")), "LG0108");
        Assert.Equal("Use 'POST'", Assert.Single(actions).Title);
    }

    [Fact]
    public async Task A_qualifier_in_another_case_becomes_the_alias_spelling() =>
        await CodeFixHarness.VerifyFixAsync(Enumeration,
            File(Handler("[LambdaAlias(\"Live\")] " + Url + "Qualifier = [|\"live\"|])] [LambdaFunction(Publish = true)]")),
            File(Handler("[LambdaAlias(\"Live\")] " + Url + "Qualifier = \"Live\")] [LambdaFunction(Publish = true)]")), "LG0097");

    [Theory]
    [InlineData(Url + "AllowMethods = new[] { \"TRACE\" })] [LambdaFunction]", "LG0108")]
    [InlineData(Url + "Qualifier = \"prod\")] [LambdaFunction]", "LG0097")]
    [InlineData("[LambdaFunctionUrl(AuthType = \"iam\")] [LambdaFunction]", "LG0085")]
    public async Task No_obvious_value_no_fix(string attributes, string id) =>
        await CodeFixHarness.VerifyNoFixAsync(Enumeration, File(Handler(attributes)), id);

    [Fact]
    public async Task Fix_all_in_document_fixes_every_attached_attribute()
    {
        var source = File(Handler("[LambdaFunctionUrl(AuthType = \"aws_iam\", InvokeMode = \"buffered\", AllowMethods = new[] { \"get\", \"put\" })] [LambdaFunction]", "A") + "\n\n" +
                          Handler("[LambdaFunctionUrl(AuthType = \"none\")] [LambdaFunction]", "B"));
        var expected = File(Handler("[LambdaFunctionUrl(AuthType = \"AWS_IAM\", InvokeMode = \"BUFFERED\", AllowMethods = new[] { \"GET\", \"PUT\" })] [LambdaFunction]", "A") + "\n\n" +
                            Handler("[LambdaFunctionUrl(AuthType = \"NONE\")] [LambdaFunction]", "B"));
        var ids = new[] { "LG0085", "LG0088", "LG0108" };
        var fixedProject = await CodeFixHarness.VerifyFixAllAsync(Enumeration, source, expected, ids, EquivalenceKeysForTests.UseSuggestedValue);
        Assert.DoesNotContain(await fixedProject.GetDiagnosticsAsync(), d => ids.Contains(d.Id));
    }

    [Fact]
    public async Task Fix_all_with_the_constant_key_uses_the_new_constants()
    {
        var source = File(Handler("[LambdaFunctionUrl(AuthType = \"aws_iam\", InvokeMode = \"response_stream\")] [LambdaFunction]"));
        var expected = File(Handler("[LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.AwsIam, InvokeMode = LambdaInvokeMode.ResponseStream)] [LambdaFunction]"));
        await CodeFixHarness.VerifyFixAllAsync(Enumeration, source, expected, ["LG0085", "LG0088"], EquivalenceKeysForTests.UseConstant);
    }

    [Fact]
    public async Task Fix_all_in_document_clamps_every_attached_range()
    {
        var source = File(Handler("[LambdaAlias(\"a\", ProvisionedConcurrentExecutions = 0)] [LambdaAlias(\"b\", ProvisionedConcurrentExecutions = -2)] " +
                                  "[LambdaAsyncInvoke(MaximumRetryAttempts = 9, MaximumEventAgeInSeconds = 99999)] [LambdaFunction(Publish = true, ReservedConcurrentExecutions = -1)]"));
        var expected = File(Handler("[LambdaAlias(\"a\", ProvisionedConcurrentExecutions = 1)] [LambdaAlias(\"b\", ProvisionedConcurrentExecutions = 1)] " +
                                    "[LambdaAsyncInvoke(MaximumRetryAttempts = 2, MaximumEventAgeInSeconds = 21600)] [LambdaFunction(Publish = true, ReservedConcurrentExecutions = 0)]"));
        await CodeFixHarness.VerifyFixAllAsync(Range, source, expected, ["LG0078", "LG0091", "LG0092", "LG0093"], EquivalenceKeysForTests.UseSuggestedValue);
    }
}
