using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>LG0032–LG0040 (VPC, dead-letter queue, tracing, file systems) and LG0041–LG0047 (package type, image, SnapStart).</summary>
public class NetworkAndPackagingRulesTests
{
    private const string Fs = "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0";
    private const string Vpc = "SubnetIds = new[] { \"subnet-1\" }, SecurityGroupIds = new[] { \"sg-1\" }";

    private static string Ids(string prefix, int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"\"{prefix}{i}\""));

    [Fact]
    public Task Sixteen_subnets_are_silent_and_seventeen_fire_at_the_list() =>
        AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaFunction(SubnetIds = [{{Ids("subnet-", 16)}}], SecurityGroupIds = [{{Ids("sg-", 5)}}])] public static Stream A(Stream input) => input;
                [LambdaFunction(SubnetIds = {|LG0032:[{{Ids("subnet-", 17)}}]|}, SecurityGroupIds = {|LG0033:[{{Ids("sg-", 6)}}]|})] public static Stream B(Stream input) => input;
            """),
            ("LG0032", "SubnetIds has 17 items; the maximum is 16 (set on [LambdaFunction])"),
            ("LG0033", "SecurityGroupIds has 6 items; the maximum is 5 (set on [LambdaFunction])"));

    [Theory]
    [InlineData("\"Subnet-1\"", "'Subnet-1'")]
    [InlineData("\"subnet-ABC\"", "'subnet-ABC'")]
    [InlineData("\"\"", "''")]
    public Task Invalid_subnet_items_fire_at_the_item(string item, string quoted) =>
        AnalyzerRunner.VerifyAsync(Handler($"SubnetIds = new string[] {{ \"subnet-1\", {{|LG0032:{item}|}} }}, SecurityGroupIds = new[] {{ \"sg-1\" }}"),
            ("LG0032", $"Subnet ID {quoted} is not valid; it looks like 'subnet-0123456789abcdef0' (set on [LambdaFunction])"));

    [Fact]
    public Task Security_groups_without_subnets_fire_at_the_security_groups() =>
        AnalyzerRunner.VerifyAsync(Handler("SecurityGroupIds = {|LG0034:[\"sg-1\"]|}, SubnetIds = []"),
            ("LG0034", "SecurityGroupIds is set without SubnetIds; set both or neither (set on [LambdaFunction])"));

    [Fact]
    public Task VPC_settings_from_the_assembly_are_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", SubnetIds = {|LG0034:new[] { "subnet-1" }|})]"""),
            ("LG0034", "SubnetIds is set without SecurityGroupIds; set both or neither (from [assembly: LambdaDefaults])"));

    [Theory]
    [InlineData("", "DeadLetterTargetArn is empty; Lambda rejects it (ARNs must start with 'arn:')")]
    [InlineData("my-queue", "DeadLetterTargetArn 'my-queue' is not an ARN")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:f", "DeadLetterTargetArn 'arn:aws:lambda:us-east-1:123456789012:function:f' is a 'lambda' ARN; the target must be an SQS queue or SNS topic")]
    public Task Invalid_dead_letter_targets_fire(string value, string message) =>
        AnalyzerRunner.VerifyAsync(Handler($"DeadLetterTargetArn = {{|LG0035:\"{value}\"|}}"), ("LG0035", message + " (set on [LambdaFunction])"));

    [Theory]
    [InlineData("Active")]
    [InlineData("PassThrough")]
    public Task Valid_tracing_modes_are_silent(string mode) => AnalyzerRunner.VerifyAsync(Handler($"TracingMode = \"{mode}\""));

    [Fact]
    public async Task A_tracing_mode_in_the_wrong_case_carries_the_right_spelling_as_fix()
    {
        var d = Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(Handler("TracingMode = \"pass-through\"")));
        Assert.Equal("LG0036", d.Id);
        Assert.Equal("PassThrough", d.Properties["LambdaGen.Fix"]);
    }

    [Fact]
    public Task Only_the_first_file_system_is_checked_further_and_the_second_is_too_many() =>
        AnalyzerRunner.VerifyAsync(Handler(Vpc, methodAttributes: $"[LambdaFileSystem(\"{Fs}\", {{|LG0039:\"/data\"|}})] [{{|LG0037:LambdaFileSystem(\"bad\", \"bad\")|}}] [{{|LG0037:LambdaFileSystem(\"{Fs}\", \"/mnt/c\")|}}]"),
            ("LG0039", "LocalMountPath '/data' is not valid: '/mnt/' and one name of letters, digits, '-', '_' or '.', at most 160 characters (in [LambdaFileSystem])"),
            ("LG0037", "This is file system 2; a function can mount at most one (in [LambdaFileSystem])"),
            ("LG0037", "This is file system 3; a function can mount at most one (in [LambdaFileSystem])"));

    [Fact]
    public Task A_mount_path_of_161_characters_fires() =>
        AnalyzerRunner.VerifyAsync(Handler(Vpc, methodAttributes: $"[LambdaFileSystem(\"{Fs}\", {{|LG0039:\"/mnt/{Repeat("a", 156)}\"|}})]"),
            ("LG0039", $"LocalMountPath '/mnt/{Repeat("a", 75)}…' is not valid: '/mnt/' and one name of letters, digits, '-', '_' or '.', at most 160 characters (in [LambdaFileSystem])"));

    [Theory]
    [InlineData("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789ABCDEF0")]
    [InlineData("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef")]
    [InlineData("arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0")]
    public Task Malformed_access_point_arns_fire(string arn) =>
        AnalyzerRunner.VerifyAsync(Handler(Vpc, methodAttributes: $"[LambdaFileSystem({{|LG0038:\"{arn}\"|}}, \"/mnt/a\")]"),
            ("LG0038", $"File system ARN {LambdaGen.Core.Rules.Text.Quote(arn)} is not an EFS access point ARN (arn:aws:elasticfilesystem:<region>:<account>:access-point/fsap-<17 hex digits>) (in [LambdaFileSystem])"));

    [Fact]
    public Task An_S3_Files_access_point_is_accepted() =>
        AnalyzerRunner.VerifyAsync(Handler(Vpc, methodAttributes: "[LambdaFileSystem(\"arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0/access-point/fsap-0123456789abcdef0\", \"/mnt/s3\")]"));

    [Fact]
    public Task A_file_system_with_a_VPC_from_the_assembly_is_silent() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"[LambdaFileSystem(\"{Fs}\", \"/mnt/a\")]",
            assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", {{Vpc}})]"""));

    [Theory]
    [InlineData("Zip")]
    [InlineData("Image")]
    public Task Valid_package_types_are_silent(string type) => AnalyzerRunner.VerifyAsync(Handler($"PackageType = \"{type}\""));

    [Fact]
    public Task An_image_function_rejects_runtime_handler_and_layers_set_on_the_method() =>
        AnalyzerRunner.VerifyAsync(Handler("PackageType = \"Image\", Runtime = {|LG0042:\"dotnet10\"|}, Handler = {|LG0042:\"h\"|}, Layers = {|LG0042:new[] { \"arn:aws:lambda:us-east-1:123456789012:layer:a:1\" }|}"),
            ("LG0042", "Runtime cannot be set for PackageType 'Image'; the image defines it (set on [LambdaFunction])"),
            ("LG0042", "Handler cannot be set for PackageType 'Image'; the image defines it (set on [LambdaFunction])"),
            ("LG0042", "Layers cannot be set for PackageType 'Image'; the image defines it (set on [LambdaFunction])"));

    [Fact]
    public Task An_assembly_wide_image_package_type_with_a_method_runtime_blames_the_method() =>
        AnalyzerRunner.VerifyAsync(Handler("Runtime = {|LG0042:\"dotnet10\"|}", assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", PackageType = "Image")]"""),
            ("LG0042", "Runtime cannot be set for PackageType 'Image'; the image defines it (set on [LambdaFunction])"));

    [Fact]
    public Task Image_settings_on_a_zip_function_fire_each() =>
        AnalyzerRunner.VerifyAsync(Handler("PackageType = \"Zip\", ImageEntryPoint = {|LG0043:[\"/app\"]|}, ImageWorkingDirectory = {|LG0043:\"/var/task\"|}"),
            ("LG0043", "ImageEntryPoint applies only to PackageType 'Image'; this function is a .zip package (set on [LambdaFunction])"),
            ("LG0043", "ImageWorkingDirectory applies only to PackageType 'Image'; this function is a .zip package (set on [LambdaFunction])"));

    [Fact]
    public Task Image_lists_of_1500_items_are_silent_and_1501_fire()
    {
        var ok = string.Join(",", Enumerable.Repeat("\"x\"", 1500));
        var tooMany = string.Join(",", Enumerable.Repeat("\"x\"", 1501));
        return AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaFunction(PackageType = "Image", ImageEntryPoint = new[] { {{ok}} }, ImageCommand = [{{ok}}])] public static Stream A(Stream input) => input;
                [LambdaFunction(PackageType = "Image", ImageEntryPoint = {|LG0045:new[] { {{tooMany}} }|}, ImageCommand = {|LG0045:[{{tooMany}}]|})] public static Stream B(Stream input) => input;
            """),
            ("LG0045", "ImageEntryPoint has 1501 items; the maximum is 1500 (set on [LambdaFunction])"),
            ("LG0045", "ImageCommand has 1501 items; the maximum is 1500 (set on [LambdaFunction])"));
    }

    [Theory]
    [InlineData("SnapStart = {|LG0047:\"PublishedVersions\"|}, PackageType = \"Image\"", "a container image")]
    [InlineData("SnapStart = {|LG0047:\"PublishedVersions\"|}, Runtime = \"provided.al2023\"", "runtime 'provided.al2023', which does not support it")]
    [InlineData("SnapStart = {|LG0047:\"PublishedVersions\"|}, EphemeralStorage = 10240", "EphemeralStorage 10240 MB (above 512)")]
    public Task SnapStart_conflicts_fire_at_SnapStart(string args, string conflict) =>
        AnalyzerRunner.VerifyAsync(Handler(args), ("LG0047", $"SnapStart cannot be used with {conflict} (set on [LambdaFunction])"));

    [Fact]
    public Task SnapStart_with_EFS_fires() =>
        AnalyzerRunner.VerifyAsync(Handler("SnapStart = {|LG0047:\"PublishedVersions\"|}, " + Vpc, methodAttributes: $"[LambdaFileSystem(\"{Fs}\", \"/mnt/a\")]"),
            ("LG0047", "SnapStart cannot be used with an EFS file system (set on [LambdaFunction])"));

    [Theory]
    [InlineData("SnapStart = \"PublishedVersions\", Publish = true")]
    [InlineData("SnapStart = \"PublishedVersions\", Runtime = \"dotnet10\", EphemeralStorage = 512, Publish = true")]
    [InlineData("SnapStart = \"None\", PackageType = \"Image\"")]
    [InlineData("SnapStart = LambdaSnapStart.None, EphemeralStorage = 4096")]
    public Task SnapStart_where_it_works_is_silent(string args) => AnalyzerRunner.VerifyAsync(Handler(args));

    [Fact]
    public Task SnapStart_on_deprecated_dotnet8_is_supported() =>
        AnalyzerRunner.VerifyAsync(Handler("SnapStart = \"PublishedVersions\", Publish = true"), AnalyzerSetup.WithProperties(("TargetFramework", "net8.0")),
            ("LG0007", "Runtime 'dotnet8' is deprecated since 2026-11-10; creating functions is blocked from 2027-02-01 (derived from TargetFramework 'net8.0')"));
}
