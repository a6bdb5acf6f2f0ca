using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>LG0048–LG0051 (logging) and LG0052–LG0057 (the .NET handler signature).</summary>
public class LoggingAndSignatureRulesTests
{
    [Theory]
    [InlineData("TRACE")]
    [InlineData("DEBUG")]
    [InlineData("INFO")]
    [InlineData("WARN")]
    [InlineData("ERROR")]
    [InlineData("FATAL")]
    public Task Every_application_log_level_is_valid_with_JSON(string level) =>
        AnalyzerRunner.VerifyAsync(Handler($"LogFormat = LambdaLogFormat.Json, ApplicationLogLevel = \"{level}\""));

    [Theory]
    [InlineData("TRACE")]
    [InlineData("FATAL")]
    [InlineData("Debug")]
    public Task System_log_level_accepts_only_DEBUG_INFO_WARN(string level) =>
        AnalyzerRunner.VerifyAsync(Handler($"LogFormat = \"JSON\", SystemLogLevel = {{|LG0049:\"{level}\"|}}"),
            ("LG0049", $"SystemLogLevel '{level}' is not valid; use one of DEBUG, INFO, WARN (set on [LambdaFunction])"));

    [Fact]
    public Task An_invalid_level_is_not_also_reported_as_needing_JSON() =>
        AnalyzerRunner.VerifyAsync(Handler("ApplicationLogLevel = {|LG0049:\"verbose\"|}"),
            ("LG0049", "ApplicationLogLevel 'verbose' is not valid; use one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL (set on [LambdaFunction])"));

    [Fact]
    public Task Log_levels_with_Text_format_fire_at_each_level() =>
        AnalyzerRunner.VerifyAsync(Handler("LogFormat = \"Text\", ApplicationLogLevel = {|LG0050:\"INFO\"|}, SystemLogLevel = {|LG0050:\"WARN\"|}"),
            ("LG0050", "ApplicationLogLevel needs LogFormat 'JSON', not 'Text' (set on [LambdaFunction])"),
            ("LG0050", "SystemLogLevel needs LogFormat 'JSON', not 'Text' (set on [LambdaFunction])"));

    [Fact]
    public Task A_Text_format_set_on_the_method_is_blamed_over_an_assembly_level() =>
        AnalyzerRunner.VerifyAsync(Handler("LogFormat = {|LG0050:\"Text\"|}", assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", ApplicationLogLevel = "INFO")]"""),
            ("LG0050", "ApplicationLogLevel needs LogFormat 'JSON', not 'Text' (set on [LambdaFunction])"));

    [Fact]
    public Task Log_settings_from_the_assembly_defaults_are_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", LogFormat = {|LG0048:"Json"|}, LogGroup = {|LG0051:"a b"|})]"""),
            ("LG0048", "LogFormat 'Json' is not valid; use 'JSON' or 'Text' (from [assembly: LambdaDefaults])"),
            ("LG0051", "LogGroup 'a b' is not valid: 1–512 letters, digits or . - _ / # (from [assembly: LambdaDefaults])"));

    [Fact]
    public Task A_log_group_of_512_characters_is_silent_and_513_fires() =>
        AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaFunction(LogGroup = "/{{Repeat("g", 511)}}")] public static Stream A(Stream input) => input;
                [LambdaFunction(LogGroup = {|LG0051:"/{{Repeat("g", 512)}}"|})] public static Stream B(Stream input) => input;
            """),
            ("LG0051", $"LogGroup '/{Repeat("g", 79)}…' is not valid: 1–512 letters, digits or . - _ / # (set on [LambdaFunction])"));

    [Fact]
    public Task Accessibility_is_checked_through_containing_types() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaFunction(FunctionName = "a")] private static Stream {|LG0052:A|}(Stream input) => input;
                [LambdaFunction(FunctionName = "b")] protected internal static Stream {|LG0052:B|}(Stream input) => input;
                internal class Inner { [LambdaFunction(FunctionName = "c")] public static Stream {|LG0052:C|}(Stream input) => input; }
                public class Nested { [LambdaFunction(FunctionName = "d")] public static Stream D(Stream input) => input; }
            """),
            ("LG0052", "Handler method 'Functions.A' must be public (and so must the types containing it) (on the handler method)"),
            ("LG0052", "Handler method 'Functions.B' must be public (and so must the types containing it) (on the handler method)"),
            ("LG0052", "Handler method 'Inner.C' must be public (and so must the types containing it) (on the handler method)"));

    [Fact]
    public Task A_handler_in_a_generic_type_fires() =>
        AnalyzerRunner.VerifyAsync(Class("", after: """
            public class Repository<T> { [LambdaFunction(FunctionName = "r")] public static Stream {|LG0053:Load|}(Stream input) => input; }
            public class Outer<T> { public class Inner { [LambdaFunction(FunctionName = "i")] public static Stream {|LG0053:Run|}(Stream input) => input; } }
            """),
            ("LG0053", "Handler method 'Repository.Load' must not be in a generic type (on the handler method)"),
            ("LG0053", "Handler method 'Inner.Run' must not be in a generic type (on the handler method)"));

    [Fact]
    public Task More_than_two_parameters_fire() =>
        AnalyzerRunner.VerifyAsync(Handler(signature: "public static Stream {|LG0055:Handle|}(Stream input, ILambdaContext context, int extra) => input;"),
            ("LG0055", "Handler method 'Functions.Handle' has 3 parameters; a handler takes the input and, optionally, an ILambdaContext (on the handler method)"));

    [Theory]
    [InlineData("public static void Handle() { }")]
    [InlineData("public static void Handle(ILambdaContext context) { }")]
    [InlineData("public static Task Handle(Stream input, ILambdaContext context) => Task.CompletedTask;")]
    [InlineData("public static Task<Stream> Handle(Stream input) => Task.FromResult(input);")]
    [InlineData("public static ValueTask<MemoryStream> Handle(Stream input) => new(new MemoryStream());")]
    [InlineData("public static async Task Handle(Stream input) { await Task.Yield(); }")]
    public Task Valid_signatures_without_a_serializer_are_silent(string signature) =>
        AnalyzerRunner.VerifyAsync(Handler(signature: signature));

    [Theory]
    [InlineData("public static void {|LG0057:Handle|}(MemoryStream input) { }", "System.IO.MemoryStream")]
    [InlineData("public static ValueTask<string> {|LG0057:Handle|}(Stream input) => new(\"\");", "string")]
    [InlineData("public static int {|LG0057:Handle|}(int? input) => 0;", "int?")]
    public Task Non_stream_types_need_a_serializer(string signature, string type) =>
        AnalyzerRunner.VerifyAsync(Handler(signature: signature),
            ("LG0057", $"Handler method 'Functions.Handle' uses '{type}', which needs a serializer: add [assembly: LambdaSerializer(typeof(…))] or use Stream (on the handler method)"));

    [Fact]
    public Task A_serializer_on_the_method_is_enough() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: "[LambdaSerializer(typeof(object))]", signature: "public static string Handle(string input) => input;"));

    [Fact]
    public Task Instance_handlers_need_a_constructible_public_type() =>
        AnalyzerRunner.VerifyAsync(Class("", after: """
            public class NoDefault { public NoDefault(int x) { } [LambdaFunction(FunctionName = "a")] public Stream {|LG0056:A|}(Stream input) => input; }
            public class PrivateCtor { private PrivateCtor() { } [LambdaFunction(FunctionName = "b")] public Stream {|LG0056:B|}(Stream input) => input; }
            public class Static { private Static() { } [LambdaFunction(FunctionName = "c")] public static Stream C(Stream input) => input; }
            public struct Value { [LambdaFunction(FunctionName = "d")] public Stream D(Stream input) => input; }
            public class Fine { public Fine() { } public Fine(int x) { } [LambdaFunction(FunctionName = "e")] public Stream E(Stream input) => input; }
            """),
            ("LG0056", "Lambda creates the type of instance handler 'NoDefault.A' itself, so it must be public, not abstract, with a public parameterless constructor (on the handler method)"),
            ("LG0056", "Lambda creates the type of instance handler 'PrivateCtor.B' itself, so it must be public, not abstract, with a public parameterless constructor (on the handler method)"));

    [Fact]
    public Task Signature_problems_are_reported_on_every_handler_at_the_method_name() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaFunction] internal static async void {|LG0052:{|LG0054:A|}|}(Stream input) => await Task.Yield();
                [LambdaFunction] public static Stream {|LG0053:{|LG0055:B|}|}<T>(Stream input, T other) => input;
            """),
            ("LG0052", "Handler method 'Functions.A' must be public (and so must the types containing it) (on the handler method)"),
            ("LG0054", "Handler method 'Functions.A' is async void; return Task so Lambda can await it (on the handler method)"),
            ("LG0053", "Handler method 'Functions.B' must not be generic (on the handler method)"),
            ("LG0055", "The second parameter of handler method 'Functions.B' is 'T'; it must be Amazon.Lambda.Core.ILambdaContext (on the handler method)"));
}
