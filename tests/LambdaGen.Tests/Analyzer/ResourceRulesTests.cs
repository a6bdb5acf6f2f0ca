using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>LG0010–LG0012 (numeric ranges), LG0017–LG0019 and LG0058 (architectures).</summary>
public class ResourceRulesTests
{
    [Theory]
    [InlineData("MemorySize", 128)]
    [InlineData("MemorySize", 10240)]
    [InlineData("Timeout", 1)]
    [InlineData("Timeout", 900)]
    [InlineData("EphemeralStorage", 512)]
    [InlineData("EphemeralStorage", 10240)]
    public Task Range_ends_are_silent(string property, int value) =>
        AnalyzerRunner.VerifyAsync(Handler($"{property} = {value}"));

    [Theory]
    [InlineData("MemorySize", 127, "LG0010", "MemorySize 127 is below the minimum of 128 MB for a standard function")]
    [InlineData("MemorySize", 10241, "LG0010", "MemorySize 10241 is above the maximum of 10240 MB for a standard function")]
    [InlineData("MemorySize", 0, "LG0010", "MemorySize 0 is below the minimum of 128 MB for a standard function")]
    [InlineData("MemorySize", -1, "LG0010", "MemorySize -1 is below the minimum of 128 MB for a standard function")]
    [InlineData("MemorySize", int.MaxValue, "LG0010", "MemorySize 2147483647 is above the maximum of 10240 MB for a standard function")]
    [InlineData("Timeout", 0, "LG0011", "Timeout 0 is outside 1–900 seconds for a standard function")]
    [InlineData("Timeout", 901, "LG0011", "Timeout 901 is outside 1–900 seconds for a standard function; up to 5400 is only for functions on Lambda Managed Instances (CapacityProviderArn)")]
    [InlineData("Timeout", int.MinValue, "LG0011", "Timeout -2147483648 is outside 1–900 seconds for a standard function")]
    [InlineData("EphemeralStorage", 511, "LG0012", "EphemeralStorage 511 is outside 512–10240 MB")]
    [InlineData("EphemeralStorage", 10241, "LG0012", "EphemeralStorage 10241 is outside 512–10240 MB")]
    [InlineData("EphemeralStorage", 0, "LG0012", "EphemeralStorage 0 is outside 512–10240 MB")]
    public Task Values_just_outside_the_range_fire_at_the_argument(string property, int value, string id, string message) =>
        AnalyzerRunner.VerifyAsync(Handler($"{property} = {{|{id}:{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}|}}"),
            (id, message + " (set on [LambdaFunction])"));

    [Fact]
    public Task A_named_argument_equal_to_the_type_default_is_set() =>
        AnalyzerRunner.VerifyAsync(Handler("MemorySize = {|LG0010:0|}, Timeout = {|LG0011:default|}"),
            ("LG0010", "MemorySize 0 is below the minimum of 128 MB for a standard function (set on [LambdaFunction])"),
            ("LG0011", "Timeout 0 is outside 1–900 seconds for a standard function (set on [LambdaFunction])"));

    [Fact]
    public Task A_constant_expression_is_reported_at_the_whole_expression() =>
        AnalyzerRunner.VerifyAsync(Handler("MemorySize = {|LG0010:64 * 2 - 1|}"),
            ("LG0010", "MemorySize 127 is below the minimum of 128 MB for a standard function (set on [LambdaFunction])"));

    [Fact]
    public Task LambdaMaxMemorySize_lowers_the_ceiling() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaFunction(MemorySize = 3008)] public static Stream A(Stream input) => input;
                [LambdaFunction(MemorySize = {|LG0010:3009|})] public static Stream B(Stream input) => input;
            """),
            AnalyzerSetup.WithProperties(("LambdaMaxMemorySize", "3008")),
            ("LG0010", "MemorySize 3009 is above 3008 MB, the ceiling LambdaMaxMemorySize sets for a standard function (set on [LambdaFunction])"));

    [Fact]
    public Task An_out_of_range_LambdaMaxMemorySize_is_reported_once_and_ignored() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaFunction(MemorySize = 10240)] public static Stream A(Stream input) => input;
                [LambdaFunction(MemorySize = 128)] public static Stream B(Stream input) => input;
            """),
            AnalyzerSetup.WithProperties(("LambdaMaxMemorySize", "20000")),
            ("LG0059", "MSBuild property LambdaMaxMemorySize is 20000; it must be between 128 and 10240"));

    public static TheoryData<string, string> ArrayForms => new()
    {
        { "new[] { ", " }" },
        { "new string[] { ", " }" },
        { "[", "]" },
        { "new string[2] { ", " }" },
    };

    [Theory]
    [MemberData(nameof(ArrayForms))]
    public Task Two_architectures_fire_at_the_whole_array_in_every_array_form(string open, string close) =>
        AnalyzerRunner.VerifyAsync(Handler($"Architectures = {{|LG0017:{open}\"x86_64\", \"arm64\"{close}|}}"),
            ("LG0017", "Architectures has 2 items; Lambda accepts exactly one, x86_64 or arm64 (set on [LambdaFunction])"));

    [Theory]
    [InlineData("new[] { ", " }")]
    [InlineData("new string[] { ", " }")]
    [InlineData("[", "]")]
    [InlineData("new string[1] { ", " }")]
    public Task A_misspelt_architecture_fires_at_the_item_in_every_array_form(string open, string close) =>
        AnalyzerRunner.VerifyAsync(Handler($"Architectures = {open}{{|LG0018:\"x86-64\"|}}{close}"),
            ("LG0018", "Architecture 'x86-64' is not valid; the API spells it 'x86_64' (set on [LambdaFunction])"));

    [Theory]
    [InlineData("new[] { \"arm64\" }")]
    [InlineData("new string[] { \"x86_64\" }")]
    [InlineData("[\"arm64\"]")]
    [InlineData("new[] { LambdaArchitecture.Arm64 }")]
    [InlineData("null")]
    public Task One_valid_architecture_is_silent(string expression) =>
        AnalyzerRunner.VerifyAsync(Handler($"Architectures = {expression}"));

    [Theory]
    [InlineData("new string[0]")]
    [InlineData("new string[] { }")]
    [InlineData("[]")]
    public Task An_empty_architecture_list_fires(string expression) =>
        AnalyzerRunner.VerifyAsync(Handler($"Architectures = {{|LG0017:{expression}|}}"),
            ("LG0017", "Architectures has 0 items; Lambda accepts exactly one, x86_64 or arm64 (set on [LambdaFunction])"));

    [Theory]
    [InlineData("\"aarch64\"", "Architecture 'aarch64' is not valid; the API spells it 'arm64'")]
    [InlineData("\"AMD64\"", "Architecture 'AMD64' is not valid; the API spells it 'x86_64'")]
    [InlineData("\"sparc\"", "Architecture 'sparc' is not valid; use 'x86_64' or 'arm64'")]
    [InlineData("\"\"", "Architecture '' is not valid; use 'x86_64' or 'arm64'")]
    public Task Unknown_architectures_fire_with_a_suggestion_when_there_is_one(string item, string message) =>
        AnalyzerRunner.VerifyAsync(Handler($"Architectures = new string[] {{ {{|LG0018:{item}|}} }}"), ("LG0018", message + " (set on [LambdaFunction])"));

    [Fact]
    public Task An_architecture_from_the_assembly_defaults_is_reported_once_at_its_item() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3),
                assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", Architectures = new[] { {|LG0018:"ARM64"|} })]"""),
            ("LG0018", "Architecture 'ARM64' is not valid; the API spells it 'arm64' (from [assembly: LambdaDefaults])"));

    [Fact]
    public Task An_architecture_from_MSBuild_is_reported_once_without_location() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3)), AnalyzerSetup.WithProperties(("LambdaArchitecture", "ARM64")),
            ("LG0018", "Architecture 'ARM64' is not valid; the API spells it 'arm64' (from MSBuild property LambdaArchitecture)"));

    [Fact]
    public Task The_runtime_must_support_arm64() =>
        AnalyzerRunner.VerifyAsync(Handler("Architectures = [{|LG0019:\"arm64\"|}], Runtime = {|LG0006:\"go1.x\"|}"),
            ("LG0019", "Runtime 'go1.x' runs only on x86_64, not on arm64 (set on [LambdaFunction])"),
            ("LG0006", "Runtime 'go1.x' cannot be used to create functions since 2024-02-08 (set on [LambdaFunction])"));

    [Fact]
    public Task An_arm64_runtime_conflict_blames_the_value_set_on_the_method() =>
        AnalyzerRunner.VerifyAsync(Handler("Runtime = {|LG0019:\"provided\"|}",
                assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", Architectures = new[] { "arm64" })]""").Replace("{|LG0019:\"provided\"|}", "{|LG0019:{|LG0006:\"provided\"|}|}"),
            ("LG0006", "Runtime 'provided' cannot be used to create functions since 2024-02-08 (set on [LambdaFunction])"),
            ("LG0019", "Runtime 'provided' runs only on x86_64, not on arm64 (set on [LambdaFunction])"));

    [Fact]
    public Task RuntimeIdentifier_arm64_with_the_default_architecture_is_reported_once_without_location() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3)), AnalyzerSetup.WithProperties(("RuntimeIdentifier", "linux-arm64")),
            ("LG0058", "RuntimeIdentifier 'linux-arm64' builds for arm64, but the function runs on x86_64 (Lambda's default); set Architectures = new[] { \"arm64\" } (from MSBuild property RuntimeIdentifier)"));

    [Fact]
    public Task RuntimeIdentifier_against_an_MSBuild_architecture_names_LambdaArchitecture() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2)), AnalyzerSetup.WithProperties(("RuntimeIdentifier", "linux-x64"), ("LambdaArchitecture", "arm64")),
            ("LG0058", "RuntimeIdentifier 'linux-x64' builds for x86_64, but Architectures is 'arm64' (from MSBuild property LambdaArchitecture)"));

    [Theory]
    [InlineData("linux-x64", "")]
    [InlineData("linux-musl-x64", "Architectures = new[] { \"x86_64\" }")]
    [InlineData("linux-arm64", "Architectures = new[] { \"arm64\" }")]
    [InlineData("linux-musl-arm64", "Architectures = [\"arm64\"]")]
    [InlineData("win-x64", "Architectures = [\"arm64\"]")]
    [InlineData("osx-arm64", "")]
    public Task A_matching_or_foreign_RuntimeIdentifier_is_silent(string rid, string args) =>
        AnalyzerRunner.VerifyAsync(Handler(args), AnalyzerSetup.WithProperties(("RuntimeIdentifier", rid)));

    [Fact]
    public async Task Diagnostics_carry_the_field_and_the_fix_for_the_code_fixes()
    {
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(Handler("MemorySize = 64, Timeout = 1000, Architectures = new[] { \"aarch64\" }"));
        Assert.Collection(diagnostics,
            d => { Assert.Equal("LG0010", d.Id); Assert.Equal("MemorySize", d.Properties["LambdaGen.Field"]); Assert.Equal("128", d.Properties["LambdaGen.Fix"]); },
            d => { Assert.Equal("LG0011", d.Id); Assert.Equal("Timeout", d.Properties["LambdaGen.Field"]); Assert.Equal("900", d.Properties["LambdaGen.Fix"]); },
            d => { Assert.Equal("LG0018", d.Id); Assert.Equal("Architectures#0", d.Properties["LambdaGen.Field"]); Assert.Equal("arm64", d.Properties["LambdaGen.Fix"]); });
    }
}
