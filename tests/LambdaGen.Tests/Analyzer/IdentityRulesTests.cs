using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>LG0001–LG0004: function name, duplicates, description, handler string.</summary>
public class IdentityRulesTests
{
    private const string Arn = "arn:aws:lambda:us-east-1:123456789012:function:";

    [Theory]
    [InlineData("a")]
    [InlineData("Orders_Create-v2")]
    [InlineData("123456789012:function:orders")]
    [InlineData("orders:prod")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:orders:$LATEST")]
    [InlineData("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:orders")]
    public Task Valid_names_are_silent(string name) => AnalyzerRunner.VerifyAsync(Handler($"FunctionName = \"{name}\""));

    [Fact]
    public Task A_plain_name_of_64_characters_is_silent_and_65_fires() =>
        AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaFunction(FunctionName = "{{Repeat("a", 64)}}")] public static Stream A(Stream input) => input;
                [LambdaFunction(FunctionName = {|LG0001:"{{Repeat("b", 65)}}"|})] public static Stream B(Stream input) => input;
            """),
            ("LG0001", $"FunctionName '{Repeat("b", 65)}' is 65 characters; a plain name has at most 64 (set on [LambdaFunction])"));

    [Fact]
    public Task An_ARN_of_140_characters_is_silent_and_141_fires() =>
        AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaFunction(FunctionName = "{{Arn + Repeat("a", 140 - Arn.Length)}}")] public static Stream A(Stream input) => input;
                [LambdaFunction(FunctionName = {|LG0001:"{{Arn + Repeat("b", 141 - Arn.Length)}}"|})] public static Stream B(Stream input) => input;
            """),
            ("LG0001", $"FunctionName '{Arn}{Repeat("b", 80 - Arn.Length)}…' is 141 characters; an ARN has at most 140 (set on [LambdaFunction])"));

    [Theory]
    [InlineData("", "FunctionName is empty; a name has 1–64 characters")]
    [InlineData("orders.create", "FunctionName 'orders.create' may contain only letters, digits, '-' and '_'")]
    [InlineData("naïve", "FunctionName 'naïve' may contain only letters, digits, '-' and '_'")]
    [InlineData("a\\nb", "FunctionName 'a\\u000ab' may contain only letters, digits, '-' and '_'")]
    [InlineData("invalid:function:name", "FunctionName 'invalid:function:name' is not a valid function name or function ARN")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:a.b", "FunctionName 'arn:aws:lambda:us-east-1:123456789012:function:a.b' is not a valid function name or function ARN")]
    public Task Invalid_names_fire(string name, string message) =>
        AnalyzerRunner.VerifyAsync(Handler($"FunctionName = {{|LG0001:\"{name}\"|}}"), ("LG0001", message + " (set on [LambdaFunction])"));

    [Fact]
    public async Task An_invalid_name_carries_the_sanitised_name_as_fix()
    {
        var diagnostic = Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(Handler("FunctionName = \"Orders.Create v2\"")));
        Assert.Equal("Orders-Create-v2", diagnostic.Properties["LambdaGen.Fix"]);
    }

    [Fact]
    public Task A_derived_name_that_is_too_long_is_reported_at_the_attribute_name()
    {
        var type = "Orders" + Repeat("x", 40);
        var method = "Create" + Repeat("y", 20);
        return AnalyzerRunner.VerifyAsync($$"""
            using System.IO;
            using LambdaGen;
            {{DefaultAssembly}}
            public class {{type}}
            {
                [{|LG0001:LambdaFunction|}] public static Stream {{method}}(Stream input) => input;
            }
            """,
            ("LG0001", $"FunctionName '{type}-{method}' is 73 characters; a plain name has at most 64 (derived from the method name)"));
    }

    [Fact]
    public Task The_prefix_counts_towards_the_64_characters() =>
        AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaFunction(FunctionName = "{{Repeat("a", 60)}}")] public static Stream A(Stream input) => input;
                [LambdaFunction(FunctionName = {|LG0001:"{{Repeat("b", 61)}}"|})] public static Stream B(Stream input) => input;
                [LambdaFunction(FunctionName = "{{Arn}}c")] public static Stream C(Stream input) => input;
            """),
            AnalyzerSetup.WithProperties(("LambdaFunctionNamePrefix", "dev-")),
            ("LG0001", $"FunctionName 'dev-{Repeat("b", 61)}' is 65 characters; a plain name has at most 64 (set on [LambdaFunction])"));

    [Fact]
    public Task An_invalid_prefix_is_reported_once_against_the_MSBuild_property() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaFunction] public static Stream A(Stream input) => input;
                [LambdaFunction(FunctionName = "orders")] public static Stream B(Stream input) => input;
                [LambdaFunction(FunctionName = {|LG0001:"bad name"|})] public static Stream C(Stream input) => input;
            """),
            AnalyzerSetup.WithProperties(("LambdaFunctionNamePrefix", "team.dev-")),
            ("LG0001", "FunctionName 'team.dev-bad name' may contain only letters, digits, '-' and '_' (set on [LambdaFunction])"),
            ("LG0001", "The function name prefix 'team.dev-' may contain only letters, digits, '-' and '_' (from MSBuild property LambdaFunctionNamePrefix)"));

    [Fact]
    public Task Names_that_differ_only_in_case_collide() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaFunction(FunctionName = {|LG0002:"Orders"|})] public static Stream A(Stream input) => input;
                [LambdaFunction(FunctionName = {|LG0002:"orders"|})] public static Stream B(Stream input) => input;
            """),
            ("LG0002", "Function name 'Orders' is also used by Functions.B (names that differ only in case share a manifest file on Windows and macOS)"),
            ("LG0002", "Function name 'orders' is also used by Functions.A (names that differ only in case share a manifest file on Windows and macOS)"));

    [Fact]
    public Task A_derived_name_collides_with_an_explicit_one_and_an_ARN_with_its_plain_name() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [{|LG0002:LambdaFunction|}] public static Stream Orders(Stream input) => input;
                [LambdaFunction(FunctionName = {|LG0002:"Functions-Orders"|})] public static Stream B(Stream input) => input;
                [LambdaFunction(FunctionName = {|LG0002:"arn:aws:lambda:us-east-1:123456789012:function:pay"|})] public static Stream C(Stream input) => input;
                [LambdaFunction(FunctionName = {|LG0002:"pay"|})] public static Stream D(Stream input) => input;
            """),
            ("LG0002", "Function name 'Functions-Orders' is also used by Functions.B"),
            ("LG0002", "Function name 'Functions-Orders' is also used by Functions.Orders"),
            ("LG0002", "Function name 'pay' is also used by Functions.D"),
            ("LG0002", "Function name 'pay' is also used by Functions.C"));

    [Fact]
    public Task Many_duplicates_name_three_others_and_count_the_rest() =>
        // n handlers sharing a name give n short messages, not n messages of n names (issue 19: quadratic work).
        AnalyzerRunner.VerifyAsync(Class(string.Join("\n", Enumerable.Range(0, 6).Select(i =>
                $"    [LambdaFunction(FunctionName = {{|LG0002:\"orders\"|}})] public static Stream A{i}(Stream input) => input;"))),
            ("LG0002", "Function name 'orders' is also used by Functions.A1, Functions.A2, Functions.A3 and 2 other handlers"),
            ("LG0002", "Function name 'orders' is also used by Functions.A0, Functions.A2, Functions.A3 and 2 other handlers"),
            ("LG0002", "Function name 'orders' is also used by Functions.A0, Functions.A1, Functions.A3 and 2 other handlers"),
            ("LG0002", "Function name 'orders' is also used by Functions.A0, Functions.A1, Functions.A2 and 2 other handlers"),
            ("LG0002", "Function name 'orders' is also used by Functions.A0, Functions.A1, Functions.A2 and 2 other handlers"),
            ("LG0002", "Function name 'orders' is also used by Functions.A0, Functions.A1, Functions.A2 and 2 other handlers"));

    [Fact]
    public Task Five_handlers_sharing_a_name_are_all_listed() =>
        AnalyzerRunner.VerifyAsync(Class(string.Join("\n", Enumerable.Range(0, 5).Select(i =>
                $"    [LambdaFunction(FunctionName = {{|LG0002:\"orders\"|}})] public static Stream A{i}(Stream input) => input;"))),
            ("LG0002", "Function name 'orders' is also used by Functions.A1, Functions.A2, Functions.A3, Functions.A4"),
            ("LG0002", "Function name 'orders' is also used by Functions.A0, Functions.A2, Functions.A3, Functions.A4"),
            ("LG0002", "Function name 'orders' is also used by Functions.A0, Functions.A1, Functions.A3, Functions.A4"),
            ("LG0002", "Function name 'orders' is also used by Functions.A0, Functions.A1, Functions.A2, Functions.A4"),
            ("LG0002", "Function name 'orders' is also used by Functions.A0, Functions.A1, Functions.A2, Functions.A3"));

    [Fact]
    public Task Overloads_that_derive_one_name_say_so() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [{|LG0002:LambdaFunction|}] public static Stream Orders(Stream input) => input;
                [{|LG0002:LambdaFunction|}] public static Stream Orders(Stream input, ILambdaContext context) => input;
            """),
            ("LG0002", "Function name 'Functions-Orders' is also used by another overload of Functions.Orders"),
            ("LG0002", "Function name 'Functions-Orders' is also used by another overload of Functions.Orders"));

    [Fact]
    public Task Duplicates_across_files_and_types_are_found_at_compilation_end()
    {
        var other = """
            using System.IO;
            using LambdaGen;
            public class Billing { [LambdaFunction(FunctionName = {|LG0002:"shared"|})] public static Stream Run(Stream input) => input; }
            """;
        return AnalyzerRunner.VerifyAsync(Handler("FunctionName = {|LG0002:\"shared\"|}"),
            new AnalyzerSetup { AdditionalSources = [("/src/Billing.cs", other)] },
            ("LG0002", "Function name 'shared' is also used by Billing.Run"),
            ("LG0002", "Function name 'shared' is also used by Functions.Handle"));
    }

    [Fact]
    public Task Overloads_get_distinct_derived_names_only_when_named() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaFunction(FunctionName = "run-stream")] public static Stream Run(Stream input) => input;
                [LambdaFunction(FunctionName = "run-empty")] public static Stream Run() => Stream.Null;
            """));

    [Fact]
    public Task A_description_of_256_emoji_is_silent() =>
        AnalyzerRunner.VerifyAsync(Handler($"Description = \"{Repeat("👩‍💻".Substring(0, 2), 256)}\""));

    [Fact]
    public async Task A_too_long_description_carries_the_truncated_text_as_fix()
    {
        var diagnostic = Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(Handler($"Description = \"{Repeat("😀", 257)}\"")));
        Assert.Equal("LG0003", diagnostic.Id);
        Assert.Equal(Repeat("😀", 256), diagnostic.Properties["LambdaGen.Fix"]);
    }

    [Fact]
    public Task A_description_from_the_assembly_is_not_a_default() =>
        AnalyzerRunner.VerifyAsync(Handler("Description = \"\""));

    [Fact]
    public Task A_handler_string_of_129_characters_fires() =>
        AnalyzerRunner.VerifyAsync(Handler($"Handler = {{|LG0004:\"{Repeat("h", 129)}\"|}}"),
            ("LG0004", $"Handler '{Repeat("h", 80)}…' is 129 characters; the maximum is 128 (set on [LambdaFunction])"));

    [Theory]
    [InlineData("", "Handler '' must be non-empty and contain no whitespace")]
    [InlineData("a\\tb", "Handler 'a\\u0009b' must be non-empty and contain no whitespace")]
    [InlineData("a\\vb", "Handler 'a\\u000bb' must be non-empty and contain no whitespace")]
    [InlineData("a b", "Handler 'a b' must be non-empty and contain no whitespace")]
    public Task Empty_or_whitespace_handler_strings_fire(string handler, string message) =>
        AnalyzerRunner.VerifyAsync(Handler($"Handler = {{|LG0004:\"{handler}\"|}}"), ("LG0004", message + " (set on [LambdaFunction])"));

    [Fact]
    public Task A_computed_handler_string_over_128_characters_is_reported_at_the_attribute_name()
    {
        var ns = "Company." + Repeat("Segment.", 12) + "Functions";
        var handler = $"TestFunctions::{ns}.Orders::Create";
        return AnalyzerRunner.VerifyAsync($$"""
            using System.IO;
            using LambdaGen;
            {{DefaultAssembly}}
            namespace {{ns}}
            {
                public class Orders { [{|LG0004:LambdaFunction|}(FunctionName = "orders")] public static Stream Create(Stream input) => input; }
            }
            """,
            ("LG0004", $"Handler '{handler.Substring(0, 80)}…' is {handler.Length} characters; the maximum is 128 (computed from the method)"));
    }
}
