using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>LG0005–LG0009. Deprecation is computed against Runtimes.SnapshotDate (2026-12-07), never the clock.</summary>
public class RuntimeRulesTests
{
    [Fact]
    public Task Net10_derives_dotnet10_silently() => AnalyzerRunner.VerifyAsync(Class(Handlers(3)));

    [Fact]
    public Task Net8_derives_the_deprecated_dotnet8_and_warns_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3)), AnalyzerSetup.WithProperties(("TargetFramework", "net8.0")),
            ("LG0007", "Runtime 'dotnet8' is deprecated since 2026-11-10; creating functions is blocked from 2027-02-01 (derived from TargetFramework 'net8.0')"));

    [Fact]
    public Task Net9_has_no_managed_runtime_and_is_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3)), AnalyzerSetup.WithProperties(("TargetFramework", "net9.0")),
            ("LG0009", "Runtime is not set and TargetFramework 'net9.0' cannot be derived: Lambda has no managed runtime for it; target net10.0, or set Runtime = \"provided.al2023\" and publish with Native AOT"));

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net5.0")]
    [InlineData("net48")]
    [InlineData("netcoreapp3.1")]
    public Task Frameworks_without_a_managed_runtime_are_LG0009(string framework) =>
        AnalyzerRunner.VerifyAsync(Handler(), AnalyzerSetup.WithProperties(("TargetFramework", framework)),
            ("LG0009", $"Runtime is not set and TargetFramework '{framework}' cannot be derived: Lambda has no managed runtime for it; target net10.0, or set Runtime = \"provided.al2023\" and publish with Native AOT"));

    [Fact]
    public Task A_missing_TargetFramework_is_LG0009() =>
        AnalyzerRunner.VerifyAsync(Handler(), AnalyzerSetup.WithProperties(("TargetFramework", null)),
            ("LG0009", "Runtime is not set and the TargetFramework is not visible to the compiler; set Runtime"));

    [Fact]
    public Task Net6_derives_dotnet6_which_is_deprecated() =>
        AnalyzerRunner.VerifyAsync(Handler(), AnalyzerSetup.WithProperties(("TargetFramework", "net6.0")),
            ("LG0007", "Runtime 'dotnet6' is deprecated since 2024-12-20; creating functions is blocked from 2027-02-01 (derived from TargetFramework 'net6.0')"));

    [Theory]
    [InlineData("net10.0", "dotnet10")]
    [InlineData("net10.0", "provided.al2023")]
    [InlineData("net9.0", "provided.al2023")]
    [InlineData("net8.0", "provided.al2023")]
    [InlineData("net10.0-windows", "dotnet10")]
    public Task Supported_runtimes_for_the_framework_are_silent(string framework, string runtime) =>
        AnalyzerRunner.VerifyAsync(Handler($"Runtime = \"{runtime}\""), AnalyzerSetup.WithProperties(("TargetFramework", framework)));

    [Fact]
    public Task An_explicit_dotnet8_on_net8_warns_only_about_deprecation() =>
        AnalyzerRunner.VerifyAsync(Handler("Runtime = {|LG0007:LambdaRuntime.Dotnet8|}"), AnalyzerSetup.WithProperties(("TargetFramework", "net8.0")),
            ("LG0007", "Runtime 'dotnet8' is deprecated since 2026-11-10; creating functions is blocked from 2027-02-01 (set on [LambdaFunction])"));

    [Theory]
    [InlineData("dotnet8.0", "dotnet8")]
    [InlineData("net8.0", "dotnet8")]
    [InlineData("DotNet10", "dotnet10")]
    [InlineData("net10.0", "dotnet10")]
    [InlineData("dotnet-10", "dotnet10")]
    [InlineData("Provided.AL2023", "provided.al2023")]
    [InlineData("provided_al2023", "provided.al2023")]
    [InlineData(" dotnet10", "dotnet10")]
    public Task A_near_miss_gets_did_you_mean(string value, string suggestion) =>
        AnalyzerRunner.VerifyAsync(Handler($"Runtime = {{|LG0005:\"{value}\"|}}"),
            ("LG0005", $"Runtime '{value}' is not a Lambda runtime; did you mean '{suggestion}'? (set on [LambdaFunction])"));

    [Theory]
    [InlineData("cobol")]
    [InlineData("")]
    [InlineData("dotnet11")]
    public Task An_unknown_runtime_fires(string value) =>
        AnalyzerRunner.VerifyAsync(Handler($"Runtime = {{|LG0005:\"{value}\"|}}"),
            ("LG0005", $"Runtime '{value}' is not a Lambda runtime LambdaGen knows (set on [LambdaFunction])"));

    [Fact]
    public async Task The_did_you_mean_suggestion_is_the_fix()
    {
        var diagnostic = Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(Handler("Runtime = \"dotnet8.0\"")));
        Assert.Equal("dotnet8", diagnostic.Properties["LambdaGen.Fix"]);
    }

    [Theory]
    [InlineData("dotnetcore1.0", "2019-06-30")]
    [InlineData("dotnetcore2.0", "2019-04-30")]
    [InlineData("dotnetcore2.1", "2022-01-05")]
    [InlineData("dotnetcore3.1", "2023-04-03")]
    [InlineData("nodejs10.x", "2021-07-30")]
    public Task Blocked_runtimes_fire_LG0006_only(string runtime, string since) =>
        AnalyzerRunner.VerifyAsync(Handler($"Runtime = {{|LG0006:\"{runtime}\"|}}"),
            ("LG0006", $"Runtime '{runtime}' cannot be used to create functions since {since} (set on [LambdaFunction])"));

    [Fact]
    public async Task A_blocked_runtime_offers_the_supported_runtime_for_the_framework_as_fix()
    {
        var diagnostic = Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(Handler("Runtime = \"dotnetcore3.1\"")));
        Assert.Equal("dotnet10", diagnostic.Properties["LambdaGen.Fix"]);
    }

    [Fact]
    public Task A_deprecated_managed_runtime_for_another_framework_fires_both() =>
        AnalyzerRunner.VerifyAsync(Handler("Runtime = {|LG0007:{|LG0008:\"dotnet8\"|}|}"),
            ("LG0007", "Runtime 'dotnet8' is deprecated since 2026-11-10; creating functions is blocked from 2027-02-01 (set on [LambdaFunction])"),
            ("LG0008", "Runtime 'dotnet8' cannot run a C# handler built for TargetFramework 'net10.0'; use 'dotnet10', 'provided.al2023' or 'provided.al2' (set on [LambdaFunction])"));

    [Fact]
    public Task A_newer_runtime_than_the_framework_fires_LG0008() =>
        AnalyzerRunner.VerifyAsync(Handler("Runtime = {|LG0008:\"dotnet10\"|}"), AnalyzerSetup.WithProperties(("TargetFramework", "net8.0")),
            ("LG0008", "Runtime 'dotnet10' cannot run a C# handler built for TargetFramework 'net8.0'; use 'dotnet8', 'provided.al2023' or 'provided.al2' (set on [LambdaFunction])"));

    [Fact]
    public Task A_framework_without_managed_runtime_needs_an_OS_only_runtime() =>
        AnalyzerRunner.VerifyAsync(Handler("Runtime = {|LG0008:\"dotnet10\"|}"), AnalyzerSetup.WithProperties(("TargetFramework", "net9.0")),
            ("LG0008", "Runtime 'dotnet10' cannot run a C# handler built for TargetFramework 'net9.0'; use 'provided.al2023' (with Native AOT or a self-contained build) (set on [LambdaFunction])"));

    [Fact]
    public Task A_runtime_from_the_assembly_defaults_is_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", Runtime = {|LG0007:"provided.al2"|})]"""),
            ("LG0007", "Runtime 'provided.al2' is deprecated since 2026-07-31; creating functions is blocked from 2027-02-01 (from [assembly: LambdaDefaults])"));

    [Fact]
    public Task A_runtime_from_MSBuild_is_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3)), AnalyzerSetup.WithProperties(("LambdaRuntime", "dotnetcore3.1")),
            ("LG0006", "Runtime 'dotnetcore3.1' cannot be used to create functions since 2023-04-03 (from MSBuild property LambdaRuntime)"));

    [Fact]
    public Task An_image_function_ignores_the_runtime_defaults() =>
        AnalyzerRunner.VerifyAsync(Handler("PackageType = LambdaPackageType.Image", assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", Runtime = "cobol")]"""),
            AnalyzerSetup.WithProperties(("LambdaRuntime", "dotnetcore3.1"), ("TargetFramework", "net9.0")));
}
