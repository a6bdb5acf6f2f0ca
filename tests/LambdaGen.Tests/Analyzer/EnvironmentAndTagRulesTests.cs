using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>LG0023–LG0027 (environment) and LG0028–LG0031 (tags).</summary>
public class EnvironmentAndTagRulesTests
{
    private static string Env(string key, string value) => $"[LambdaEnvironment(\"{key}\", \"{value}\")]";

    [Theory]
    [InlineData("A")]
    [InlineData("_A")]
    [InlineData("1A")]
    [InlineData("MY-VAR")]
    [InlineData("")]
    [InlineData("ÄB")]
    public Task Invalid_names_fire_at_the_key(string key) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"[LambdaEnvironment({{|LG0023:\"{key}\"|}}, \"v\")]"),
            ("LG0023", $"Environment variable name '{key}' is not valid: it must start with a letter and have at least two letters, digits or underscores (in [LambdaEnvironment] on the method)"));

    [Fact]
    public Task A_null_name_fires() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: "[LambdaEnvironment({|LG0023:null|}, \"v\")]"),
            ("LG0023", "Environment variable name null is not valid: it must start with a letter and have at least two letters, digits or underscores (in [LambdaEnvironment] on the method)"));

    [Theory]
    [InlineData("AB")]
    [InlineData("a1")]
    [InlineData("Z_")]
    [InlineData("TZ")]
    [InlineData("AWS_LAMBDA_DOTNET_PREJIT")]
    [InlineData("LD_LIBRARY_PATH")]
    public Task Valid_and_unreserved_names_are_silent(string key) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: Env(key, "v")));

    [Theory]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("AWS_LAMBDA_RUNTIME_API")]
    [InlineData("LAMBDA_TASK_ROOT")]
    [InlineData("AWS_DEFAULT_REGION")]
    [InlineData("_HANDLER")] // also fails the name pattern: reserved is the message with the fix (remove it)
    [InlineData("_X_AMZN_TRACE_ID")]
    public Task Reserved_names_fire(string key) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"[LambdaEnvironment({{|LG0025:\"{key}\"|}}, \"v\")]"),
            ("LG0025", $"Environment variable '{key}' is reserved: Lambda sets it itself (in [LambdaEnvironment] on the method)"));

    [Fact]
    public Task An_assembly_level_problem_is_reported_once_at_the_assembly_attribute() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: DefaultAssembly + """

            [assembly: LambdaEnvironment({|LG0025:"AWS_REGION"|}, "x")]
            [assembly: LambdaEnvironment("MODE", "a")]
            [{|LG0024:assembly: LambdaEnvironment("MODE", "b")|}]
            """.Replace("[{|LG0024:assembly: LambdaEnvironment(\"MODE\", \"b\")|}]", "[assembly: {|LG0024:LambdaEnvironment(\"MODE\", \"b\")|}]")),
            ("LG0025", "Environment variable 'AWS_REGION' is reserved: Lambda sets it itself (in [assembly: LambdaEnvironment])"),
            ("LG0024", "Environment variable 'MODE' is declared more than once (in [assembly: LambdaEnvironment])"));

    [Fact]
    public Task Environment_of_exactly_4096_bytes_is_silent_and_4097_fires_counting_UTF8_bytes_and_escapes()
    {
        // {"A1":"<v1>","B1":"<v2>"} = 17 bytes of JSON; each '"' in a value is escaped to two bytes; '€' is three UTF-8 bytes.
        string v1 = Repeat("\\\"", 10);     // 10 quotes → 20 bytes
        string v2 = Repeat("€", 1350) + Repeat("x", 9); // 4050 + 9 bytes: 17 + 20 + 4059 = 4096
        return AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaEnvironment("A1", "{{v1}}")] [LambdaEnvironment("B1", "{{v2}}")]
                [LambdaFunction] public static Stream A(Stream input) => input;
                [LambdaEnvironment("A1", "{{v1}}")] [{|LG0026:LambdaEnvironment("B1", "{{v2}}y")|}]
                [LambdaFunction] public static Stream B(Stream input) => input;
            """),
            ("LG0026", "Environment variables take 4097 bytes as JSON; Lambda allows 4096 (in [LambdaEnvironment] on the method)"));
    }

    [Fact]
    public Task Assembly_variables_that_exceed_4KB_are_reported_once_and_a_method_variable_is_blamed_first()
    {
        var big = Repeat("x", 4090);
        return AnalyzerRunner.VerifyAsync(Class("""
                [LambdaFunction] public static Stream A(Stream input) => input;
                [LambdaFunction] public static Stream B(Stream input) => input;
                [{|LG0026:LambdaEnvironment("C1", "c")|}]
                [LambdaFunction] public static Stream C(Stream input) => input;
            """, assembly: DefaultAssembly + $$"""

            [assembly: {|LG0026:LambdaEnvironment("BIG", "{{big}}")|}]
            """),
            ("LG0026", "Environment variables take 4100 bytes as JSON; Lambda allows 4096 (in [assembly: LambdaEnvironment])"),
            ("LG0026", "Environment variables take 4109 bytes as JSON; Lambda allows 4096 (in [LambdaEnvironment] on the method)"));
    }

    [Fact]
    public Task A_method_variable_overriding_an_assembly_one_is_counted_once() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: Env("BIG", "small"), assembly: DefaultAssembly + $"\n[assembly: LambdaEnvironment(\"BIG\", \"{Repeat("x", 4090)}\")]"));

    [Fact]
    public Task Secret_looking_values_warn_at_the_value() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaEnvironment("DB_PASSWORD", {|LG0027:"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"|})]
                [LambdaEnvironment("CONFIG", {|LG0027:"key=AKIAIOSFODNN7EXAMPLE;region=x"|})]
                [LambdaEnvironment("DATA", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
                [LambdaEnvironment("TOKEN_URL", "https://example.com/token")]
                [LambdaEnvironment("NOT_KEY", "XAKIAIOSFODNN7EXAMPLE")]
                [LambdaFunction] public static Stream A(Stream input) => input;
            """),
            ("LG0027", "The value of environment variable 'DB_PASSWORD' looks like an AWS credential or secret; read it from Secrets Manager or Parameter Store at run time (in [LambdaEnvironment] on the method)"),
            ("LG0027", "The value of environment variable 'CONFIG' looks like an AWS credential or secret; read it from Secrets Manager or Parameter Store at run time (in [LambdaEnvironment] on the method)"));

    private static string Tags(int count, string prefix = "k", string scope = "") =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"[{scope}LambdaTag(\"{prefix}{i}\", \"v\")]\n"));

    [Fact]
    public Task Fifty_tags_across_levels_are_silent_and_fifty_one_fire_at_the_last_tag() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaTag("m0", "v")]
                [LambdaFunction] public static Stream A(Stream input) => input;
                [LambdaTag("m0", "v")] [{|LG0028:LambdaTag("m1", "v")|}]
                [LambdaFunction] public static Stream B(Stream input) => input;
                [LambdaTag("k0", "override")] [LambdaTag("m1", "v")]
                [LambdaFunction] public static Stream C(Stream input) => input;
            """, assembly: DefaultAssembly + "\n" + Tags(49, scope: "assembly: ")),
            ("LG0028", "The function has 51 tags; the maximum is 50 (in [LambdaTag] on the method)"));

    [Fact]
    public Task Fifty_one_assembly_tags_are_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: DefaultAssembly + "\n" + Tags(50, scope: "assembly: ") + "[assembly: {|LG0028:LambdaTag(\"last\", \"v\")|}]"),
            ("LG0028", "The function has 51 tags; the maximum is 50 (in [assembly: LambdaTag])"));

    // U+1D49C MATHEMATICAL SCRIPT CAPITAL A: a letter (Lu) outside the BMP, two UTF-16 units, one code point.
    private const string ScriptA = "\U0001D49C";

    [Fact]
    public Task Tag_lengths_are_counted_in_code_points_and_supplementary_letters_are_letters() =>
        AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaTag("{{Repeat(ScriptA, 128)}}", "{{Repeat("é", 256)}}")]
                [LambdaFunction] public static Stream A(Stream input) => input;
                [LambdaTag({|LG0029:"{{Repeat(ScriptA, 129)}}"|}, {|LG0029:"{{Repeat("é", 257)}}"|})]
                [LambdaFunction] public static Stream B(Stream input) => input;
            """),
            ("LG0029", $"Tag key '{Repeat(ScriptA, 80)}…' is not valid: 1–128 letters, digits, spaces or _.:/=+-@ (in [LambdaTag] on the method)"),
            ("LG0029", $"Tag value '{Repeat("é", 80)}…' of '{Repeat(ScriptA, 129)}' is not valid: 0–256 letters, digits, spaces or _.:/=+-@ (in [LambdaTag] on the method)"));

    [Theory]
    [InlineData("😀")]
    [InlineData("a\ud800")]
    [InlineData("tab\t")]
    [InlineData("semi;colon")]
    public Task Symbols_lone_surrogates_and_controls_are_not_tag_text(string value) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"[LambdaTag(\"k\", {{|LG0029:\"{value}\"|}})]"),
            ("LG0029", $"Tag value {LambdaGen.Core.Rules.Text.Quote(System.Text.RegularExpressions.Regex.Unescape(value))} of 'k' is not valid: 0–256 letters, digits, spaces or _.:/=+-@ (in [LambdaTag] on the method)"));

    [Fact]
    public Task Letters_digits_and_spaces_of_any_script_are_tag_text() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: "[LambdaTag(\"名前 ١٢٣ Ⅻ\\u00A0x\\u2028y\", \"𠀀 value\")]"));

    [Fact]
    public Task Empty_and_null_tag_keys_fire_but_an_empty_value_is_silent() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaTag({|LG0029:""|}, "")]
                [LambdaTag({|LG0029:null|}, null)]
                [LambdaTag("ok", "")]
                [LambdaFunction] public static Stream A(Stream input) => input;
            """),
            ("LG0029", "Tag key '' is not valid: 1–128 letters, digits, spaces or _.:/=+-@ (in [LambdaTag] on the method)"),
            ("LG0029", "Tag key null is not valid: 1–128 letters, digits, spaces or _.:/=+-@ (in [LambdaTag] on the method)"));

    [Theory]
    [InlineData("aws:owner")]
    [InlineData("AWS:owner")]
    [InlineData("Aws:")]
    public Task The_aws_prefix_is_reserved_in_any_case(string key) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"[LambdaTag({{|LG0030:\"{key}\"|}}, \"v\")]"),
            ("LG0030", $"Tag key '{key}' uses the prefix 'aws:', which is reserved for AWS (in [LambdaTag] on the method)"));

    [Fact]
    public async Task The_aws_prefix_fix_removes_it()
    {
        var d = Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(Handler(methodAttributes: "[LambdaTag(\"aws:owner\", \"v\")]")));
        Assert.Equal("owner", d.Properties["LambdaGen.Fix"]);
        Assert.Equal("Tags#0.Key", d.Properties["LambdaGen.Field"]);
    }

    [Fact]
    public Task A_duplicate_assembly_tag_is_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2), assembly: DefaultAssembly + "\n[assembly: LambdaTag(\"team\", \"a\")]\n[assembly: {|LG0031:LambdaTag(\"team\", \"b\")|}]"),
            ("LG0031", "Tag 'team' is declared more than once (in [assembly: LambdaTag])"));

    [Fact]
    public Task Tags_are_case_sensitive() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: "[LambdaTag(\"Team\", \"a\")] [LambdaTag(\"team\", \"b\")]"));
}
