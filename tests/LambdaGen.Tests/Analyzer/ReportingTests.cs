using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>Where a violation is reported depends on where the value came from: the method argument, once at the
/// assembly attribute, or once without location for MSBuild properties. The nearest level wins.</summary>
public class ReportingTests
{
    private const string BadDefaults = $$"""[assembly: LambdaDefaults(Role = "{{Role}}", MemorySize = {|LG0010:64|}, Timeout = {|LG0011:1000|})]""";

    [Fact]
    public Task A_bad_assembly_default_is_reported_once_at_its_argument_even_with_three_handlers() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: BadDefaults),
            ("LG0010", "MemorySize 64 is below the minimum of 128 MB for a standard function (from [assembly: LambdaDefaults])"),
            ("LG0011", "Timeout 1000 is outside 1–900 seconds for a standard function; up to 5400 is only for functions on Lambda Managed Instances (CapacityProviderArn) (from [assembly: LambdaDefaults])"));

    /// <summary>The analyzer reads the assembly's attributes from the compilation without LambdaGen's output (where binding
    /// them is cheap); with that output present, as in a build or an editor, the defaults are found and reported the same.</summary>
    [Fact]
    public Task A_bad_assembly_default_is_reported_at_its_argument_beside_the_generated_code() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: BadDefaults), new AnalyzerSetup { RunGenerator = true },
            ("LG0010", "MemorySize 64 is below the minimum of 128 MB for a standard function (from [assembly: LambdaDefaults])"),
            ("LG0011", "Timeout 1000 is outside 1–900 seconds for a standard function; up to 5400 is only for functions on Lambda Managed Instances (CapacityProviderArn) (from [assembly: LambdaDefaults])"));

    [Fact]
    public Task A_method_value_overrides_a_bad_assembly_default() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3, "MemorySize = 512, Timeout = 30"), assembly: BadDefaults.Replace("{|LG0010:", "").Replace("{|LG0011:", "").Replace("|}", "")));

    [Fact]
    public Task A_bad_default_is_still_reported_once_when_only_some_handlers_override_it() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2, "MemorySize = 512, Timeout = 30") + "\n" + Handlers(2).Replace("A0", "B0").Replace("A1", "B1"), assembly: BadDefaults),
            ("LG0010", "MemorySize 64 is below the minimum of 128 MB for a standard function (from [assembly: LambdaDefaults])"),
            ("LG0011", "Timeout 1000 is outside 1–900 seconds for a standard function; up to 5400 is only for functions on Lambda Managed Instances (CapacityProviderArn) (from [assembly: LambdaDefaults])"));

    [Fact]
    public Task Bad_MSBuild_properties_are_reported_once_without_location_naming_the_property() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: ""),
            AnalyzerSetup.WithProperties(("LambdaMemorySize", "64"), ("LambdaTimeout", "0"), ("LambdaRole", "role/app"), ("LambdaRuntime", "dotnet8.0")),
            ("LG0005", "Runtime 'dotnet8.0' is not a Lambda runtime; did you mean 'dotnet8'? (from MSBuild property LambdaRuntime)"),
            ("LG0010", "MemorySize 64 is below the minimum of 128 MB for a standard function (from MSBuild property LambdaMemorySize)"),
            ("LG0011", "Timeout 0 is outside 1–900 seconds for a standard function (from MSBuild property LambdaTimeout)"),
            ("LG0014", "Role 'role/app' is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>) (from MSBuild property LambdaRole)"));

    [Fact]
    public Task The_assembly_default_overrides_a_bad_MSBuild_property() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2), assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", MemorySize = 256, Runtime = "dotnet10")]"""),
            AnalyzerSetup.WithProperties(("LambdaMemorySize", "64"), ("LambdaRuntime", "cobol"), ("LambdaRole", "bad")));

    [Fact]
    public Task A_method_value_overrides_a_bad_MSBuild_property() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2, "MemorySize = 256, Timeout = 5")), AnalyzerSetup.WithProperties(("LambdaMemorySize", "64"), ("LambdaTimeout", "9999")));

    [Fact]
    public Task Valid_MSBuild_properties_are_silent_and_trimmed() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2), assembly: ""),
            AnalyzerSetup.WithProperties(("LambdaMemorySize", " 1024 "), ("LambdaTimeout", "30"), ("LambdaRole", $" {Role} "), ("LambdaRuntime", "dotnet10"), ("LambdaArchitecture", "arm64"), ("LambdaFunctionNamePrefix", "dev-"), ("LambdaMaxMemorySize", "3008")));

    [Fact]
    public Task Unreadable_MSBuild_numbers_are_LG0059_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3)), AnalyzerSetup.WithProperties(("LambdaMemorySize", "1 GB"), ("LambdaTimeout", "3.5"), ("LambdaMaxMemorySize", "lots")),
            ("LG0059", "MSBuild property LambdaMaxMemorySize is 'lots', which is not a whole number"),
            ("LG0059", "MSBuild property LambdaMemorySize is '1 GB', which is not a whole number"),
            ("LG0059", "MSBuild property LambdaTimeout is '3.5', which is not a whole number"));

    [Fact]
    public Task MSBuild_problems_are_not_reported_without_any_handler() =>
        AnalyzerRunner.VerifyAsync("using LambdaGen; public class NoHandlers { }", AnalyzerSetup.WithProperties(("LambdaMemorySize", "x"), ("LambdaRole", "bad")));

    [Fact]
    public Task A_project_without_LambdaGen_attributes_is_ignored() =>
        AnalyzerRunner.VerifyAsync("public class Plain { public void M() { } }", new AnalyzerSetup { References = [] });

    [Fact]
    public Task Assembly_defaults_in_another_file_are_reported_in_that_file_once()
    {
        var setup = new AnalyzerSetup { AdditionalSources = [("/src/AssemblyInfo.cs", $$"""using LambdaGen; [assembly: LambdaDefaults(Role = "{{Role}}")]""")] };
        return AnalyzerRunner.VerifyAsync(Class(Handlers(2, "MemorySize = {|LG0010:1|}"), assembly: "").Replace("MemorySize = {|LG0010:1|})] public static Stream A1", "MemorySize = {|LG0010:1|})] public static Stream A1"),
            setup,
            ("LG0010", "MemorySize 1 is below the minimum of 128 MB for a standard function (set on [LambdaFunction])"),
            ("LG0010", "MemorySize 1 is below the minimum of 128 MB for a standard function (set on [LambdaFunction])"));
    }

    [Theory]
    [InlineData("/src/Functions.cs", "// <auto-generated/>\n")]
    [InlineData("/src/Functions.g.cs", "")]
    public Task A_handler_in_generated_code_is_checked_because_it_is_deployed_all_the_same(string path, string header) =>
        AnalyzerRunner.VerifyAsync(header + Class(Handlers(1, "MemorySize = {|LG0010:64|}")),
            new AnalyzerSetup { Path = path },
            ("LG0010", "MemorySize 64 is below the minimum of 128 MB for a standard function (set on [LambdaFunction])"));
}
