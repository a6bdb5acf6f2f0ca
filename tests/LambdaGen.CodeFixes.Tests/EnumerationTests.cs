using LambdaGen.CodeFixes.Tests.Harness;
using static LambdaGen.CodeFixes.Tests.Sources;

namespace LambdaGen.CodeFixes.Tests;

public class EnumerationTests
{
    private static readonly EnumerationCodeFixProvider Provider = new();

    [Theory]
    [InlineData("TracingMode", "active", "Active", "LambdaTracingMode.Active", "LG0036", "")]
    [InlineData("TracingMode", "pass-through", "PassThrough", "LambdaTracingMode.PassThrough", "LG0036", "")]
    [InlineData("PackageType", "zip", "Zip", "LambdaPackageType.Zip", "LG0041", "")]
    [InlineData("SnapStart", "published_versions", "PublishedVersions", "LambdaSnapStart.PublishedVersions", "LG0046", "")]
    [InlineData("SnapStart", "none", "None", "LambdaSnapStart.None", "LG0046", "")]
    [InlineData("LogFormat", "json", "JSON", "LambdaLogFormat.Json", "LG0048", "")]
    [InlineData("ApplicationLogLevel", "debug", "DEBUG", "LambdaLogLevel.Debug", "LG0049", "LogFormat = \"JSON\", ")]
    [InlineData("SystemLogLevel", "Warn", "WARN", "LambdaLogLevel.Warn", "LG0049", "LogFormat = \"JSON\", ")]
    public async Task Case_or_separator_slip_becomes_the_valid_value(string property, string wrong, string right, string constant, string id, string prefix)
    {
        var source = File(Handler($$"""[LambdaFunction({{prefix}}{{property}} = [|"{{wrong}}"|])]"""));
        var actions = await CodeFixHarness.VerifyFixAsync(Provider, source, File(Handler($$"""[LambdaFunction({{prefix}}{{property}} = "{{right}}")]""")), id);
        Assert.Equal([$"Use '{right}'", "Use " + constant], actions.Select(a => a.Title));
        await CodeFixHarness.VerifyFixAsync(Provider, source, File(Handler($$"""[LambdaFunction({{prefix}}{{property}} = {{constant}})]""")), id, EquivalenceKeysForTests.UseConstant);
    }

    [Theory]
    [InlineData("TracingMode = \"On\"", "LG0036")]
    [InlineData("PackageType = \"Docker\"", "LG0041")]
    [InlineData("SnapStart = \"Enabled\"", "LG0046")]
    [InlineData("LogFormat = \"XML\"", "LG0048")]
    [InlineData("LogFormat = \"JSON\", SystemLogLevel = \"ERROR\"", "LG0049")] // ERROR is an application level only
    public async Task A_value_that_matches_nothing_gets_no_fix(string arguments, string id) =>
        await CodeFixHarness.VerifyNoFixAsync(Provider, File(Handler($"[LambdaFunction({arguments})]")), id);

    [Fact]
    public async Task A_value_from_LambdaDefaults_is_fixed_there()
    {
        var source = File(Handler("[LambdaFunction]"), defaults: """TracingMode = "ACTIVE" """);
        await CodeFixHarness.VerifyFixAsync(Provider, source, source.Replace("\"ACTIVE\"", "\"Active\""), "LG0036");
    }

    [Fact]
    public async Task Fix_all_in_document_fixes_every_enumeration()
    {
        var source = File(Handler("""[LambdaFunction(TracingMode = "active", LogFormat = "json", ApplicationLogLevel = "info", PackageType = "zip")]"""));
        var expected = File(Handler("""[LambdaFunction(TracingMode = "Active", LogFormat = "JSON", ApplicationLogLevel = "INFO", PackageType = "Zip")]"""));
        var fixedProject = await CodeFixHarness.VerifyFixAllAsync(Provider, source, expected, ["LG0036", "LG0041", "LG0046", "LG0048", "LG0049"], EquivalenceKeysForTests.UseSuggestedValue);
        Assert.DoesNotContain(await fixedProject.GetDiagnosticsAsync(), d => d.Id is "LG0036" or "LG0041" or "LG0048" or "LG0049");
    }

    [Fact]
    public async Task SnapStart_where_it_cannot_be_used_becomes_None()
    {
        var actions = await CodeFixHarness.VerifyFixAsync(Provider,
            File(Handler("""[LambdaFunction(EphemeralStorage = 1024, SnapStart = "PublishedVersions")]""")),
            File(Handler("""[LambdaFunction(EphemeralStorage = 1024, SnapStart = "None")]""")), "LG0047");
        Assert.Equal(["Use 'None'", "Use LambdaSnapStart.None"], actions.Select(a => a.Title));
    }
}
