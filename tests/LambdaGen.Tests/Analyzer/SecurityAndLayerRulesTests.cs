using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>LG0013–LG0016 (role, KMS key, code signing) and LG0020–LG0022 (layers).</summary>
public class SecurityAndLayerRulesTests
{
    private const string Layer = "arn:aws:lambda:us-east-1:123456789012:layer:";

    [Fact]
    public Task Every_handler_without_a_role_is_reported_at_its_attribute() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [{|LG0013:LambdaFunction|}] public static Stream A(Stream input) => input;
                [{|LG0013:LambdaFunction|}(FunctionName = "b")] public static Stream B(Stream input) => input;
                [LambdaFunction(Role = "arn:aws:iam::123456789012:role/c")] public static Stream C(Stream input) => input;
            """, assembly: ""),
            ("LG0013", "Function 'Functions-A' has no execution role; set Role on [LambdaFunction], on [assembly: LambdaDefaults] or in the LambdaRole MSBuild property"),
            ("LG0013", "Function 'b' has no execution role; set Role on [LambdaFunction], on [assembly: LambdaDefaults] or in the LambdaRole MSBuild property"));

    [Fact]
    public Task The_LambdaRole_property_is_enough() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2), assembly: ""), AnalyzerSetup.WithProperties(("LambdaRole", Role)));

    [Fact]
    public Task An_empty_role_is_LG0013_at_the_argument() =>
        AnalyzerRunner.VerifyAsync(Handler("Role = {|LG0013:\"\"|}"),
            ("LG0013", "Role is empty; every function needs an execution role ARN (set on [LambdaFunction])"));

    [Fact]
    public Task An_empty_assembly_role_is_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: "[assembly: LambdaDefaults(Role = {|LG0013:\"\"|})]"),
            ("LG0013", "Role is empty; every function needs an execution role ARN (from [assembly: LambdaDefaults])"));

    [Theory]
    [InlineData("arn:aws:iam::12345678901:role/app")]
    [InlineData("arn:aws:iam::123456789012:user/app")]
    [InlineData("arn:aws:iam::12345678901٢:role/app")]
    [InlineData("arn:aws:iam::123456789012:role/app\\n")]
    [InlineData(" arn:aws:iam::123456789012:role/app")]
    public Task Malformed_roles_fire(string role) =>
        AnalyzerRunner.VerifyAsync(Handler($"Role = {{|LG0014:\"{role}\"|}}"),
            ("LG0014", $"Role '{role.Replace("\\n", "\\u000a")}' is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>) (set on [LambdaFunction])"));

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/app")]
    [InlineData("arn:aws-cn:iam::123456789012:role/service-role/my.app+x=y,z@w")]
    [InlineData("arn::iam::123456789012:roleapp")]
    public Task Valid_roles_are_silent(string role) => AnalyzerRunner.VerifyAsync(Handler($"Role = \"{role}\""));

    [Theory]
    [InlineData("")]
    [InlineData("arn:aws:kms:us-east-1:123456789012:key/abc")]
    [InlineData("arn:aws:kms:us-east-1:123456789012:alias/app")]
    public Task Valid_kms_keys_are_silent(string key) => AnalyzerRunner.VerifyAsync(Handler($"KMSKeyArn = \"{key}\""));

    [Fact]
    public Task A_too_long_code_signing_config_arn_fires() =>
        AnalyzerRunner.VerifyAsync(Handler("CodeSigningConfigArn = {|LG0016:\"arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdefgh\"|}"),
            ("LG0016", "CodeSigningConfigArn 'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdefgh' is not a code signing configuration ARN (arn:aws:lambda:<region>:<account>:code-signing-config:csc-<17 characters>) (set on [LambdaFunction])"));

    [Fact]
    public Task Five_layers_are_silent_in_a_collection_expression_and_six_fire() =>
        AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaFunction(Layers = [{{string.Join(", ", "abcde".Select(c => $"\"{Layer}{c}:1\""))}}])] public static Stream A(Stream input) => input;
                [LambdaFunction(Layers = {|LG0021:new string[] { {{string.Join(", ", "abcdef".Select(c => $"\"{Layer}{c}:1\""))}} }|})] public static Stream B(Stream input) => input;
            """),
            ("LG0021", "Layers has 6 items; a function can use at most 5 (set on [LambdaFunction])"));

    [Fact]
    public Task A_layer_arn_of_2049_characters_fires_and_2048_is_silent()
    {
        var ok = Layer + Repeat("n", 2048 - Layer.Length - 2) + ":1";
        var tooLong = Layer + Repeat("n", 2049 - Layer.Length - 2) + ":1";
        return AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaFunction(Layers = ["{{ok}}"])] public static Stream A(Stream input) => input;
                [LambdaFunction(Layers = [{|LG0020:"{{tooLong}}"|}])] public static Stream B(Stream input) => input;
            """),
            ("LG0020", $"Layer '{tooLong.Substring(0, 80)}…' is not a layer version ARN (arn:aws:lambda:<region>:<account>:layer:<name>:<version>) (set on [LambdaFunction])"));
    }

    [Theory]
    [InlineData("\"\"", "''")]
    [InlineData("\"arn:aws:lambda:us-east-1:123456789012:layer:a\"", "'arn:aws:lambda:us-east-1:123456789012:layer:a'")]
    [InlineData("\"arn:aws:lambda:us-east-1:123456789012:layer:a:1 \"", "'arn:aws:lambda:us-east-1:123456789012:layer:a:1 '")]
    [InlineData("\"arn:aws:lambda:us-east-1:123456789012:layer:a:latest\"", "'arn:aws:lambda:us-east-1:123456789012:layer:a:latest'")]
    public Task Invalid_layer_items_fire_at_the_item(string item, string quoted) =>
        AnalyzerRunner.VerifyAsync(Handler($"Layers = new string[] {{ \"{Layer}ok:1\", {{|LG0020:{item}|}} }}"),
            ("LG0020", $"Layer {quoted} is not a layer version ARN (arn:aws:lambda:<region>:<account>:layer:<name>:<version>) (set on [LambdaFunction])"));

    [Fact]
    public async Task Two_versions_of_a_layer_carry_the_newest_as_fix()
    {
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(Handler($"Layers = [\"{Layer}a:12\", \"{Layer}b:1\", \"{Layer}a:3\"]"));
        var d = Assert.Single(diagnostics);
        Assert.Equal("LG0022", d.Id);
        Assert.Equal("Layers#2", d.Properties["LambdaGen.Field"]);
        Assert.Equal($"{Layer}a:12", d.Properties["LambdaGen.Fix"]);
    }

    [Fact]
    public Task Layers_from_the_assembly_defaults_are_reported_once_at_the_item() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", Layers = new[] { "{{Layer}}a:1", {|LG0022:"{{Layer}}a:2"|} })]"""),
            ("LG0022", $"Layer '{Layer}a:2' is another version of '{Layer}a:1'; a function can use one version of a layer (from [assembly: LambdaDefaults])"));

    [Fact]
    public Task Method_layers_replace_the_assembly_layers() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2, $"Layers = new[] {{ \"{Layer}a:2\" }}"), assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", Layers = new[] { "{{Layer}}a:1" })]"""));
}
