using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>
/// LG0070–LG0084, the service rules around today's CreateFunction members: which MemorySize/Timeout limit applies to which
/// function, Lambda Managed Instances, durable functions, tenant isolation, IPv6 without subnets, SnapStart without
/// publishing, ARNs against LambdaRegion and the LambdaS3Bucket name. RuleExamples pins one firing and one silent example each.
/// </summary>
public class ServiceRulesTests
{
    private const string ProviderArn = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet";
    private const string Cp = "CapacityProviderArn = \"" + ProviderArn + "\"";
    private const string Vpc = "SubnetIds = new[] { \"subnet-0a1b2c3d\" }, SecurityGroupIds = new[] { \"sg-0a1b2c3d\" }";

    private static async Task<string?> FixOf(string source, string id, params (string Key, string? Value)[] properties)
    {
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(Markup.Parse(source).Source, properties);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        return diagnostic.Properties.TryGetValue("LambdaGen.Fix", out var fix) ? fix : null;
    }

    // Which limit applies to which function.

    [Theory]
    [InlineData(2048)]
    [InlineData(4096)]
    [InlineData(10240)]
    public Task Managed_instances_memory_from_2048_to_10240_is_silent(int memory) =>
        AnalyzerRunner.VerifyAsync(Handler($"{Cp}, MemorySize = {memory}"));

    [Theory]
    [InlineData(128)]
    [InlineData(2047)]
    public Task Managed_instances_memory_below_2048_is_LG0070_not_LG0010(int memory) =>
        AnalyzerRunner.VerifyAsync(Handler($"{Cp}, MemorySize = {{|LG0070:{memory}|}}"),
            ("LG0070", $"MemorySize {memory} is below 2048 MB, the minimum for a function on Lambda Managed Instances (2 GB and 1 vCPU) (set on [LambdaFunction])"));

    [Fact]
    public Task Managed_instances_memory_at_the_model_maximum_warns_and_above_it_fails() =>
        AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaFunction({{Cp}}, MemorySize = {|LG0071:32768|})] public static Stream A(Stream input) => input;
                [LambdaFunction({{Cp}}, MemorySize = {|LG0070:32769|})] public static Stream B(Stream input) => input;
            """),
            ("LG0071", "MemorySize 32768 is above 10240 MB; the service model allows up to 32768 on Lambda Managed Instances, but no AWS page found states it (set on [LambdaFunction])"),
            ("LG0070", "MemorySize 32769 is above the maximum of 32768 MB for a function on Lambda Managed Instances (set on [LambdaFunction])"));

    [Theory]
    [InlineData("MemorySize = [|1024|]", "2048")]
    [InlineData("MemorySize = [|40000|]", "32768")]
    public async Task Managed_instances_memory_fixes_to_the_nearest_bound(string args, string fix) =>
        Assert.Equal(fix, await FixOf(Handler($"{Cp}, {args}"), "LG0070"));

    [Fact]
    public Task A_capacity_provider_from_MSBuild_makes_the_method_memory_a_managed_instances_value() =>
        AnalyzerRunner.VerifyAsync(Handler("MemorySize = {|LG0070:1024|}"), AnalyzerSetup.WithProperties(("LambdaCapacityProviderArn", ProviderArn)),
            ("LG0070", "MemorySize 1024 is below 2048 MB, the minimum for a function on Lambda Managed Instances (2 GB and 1 vCPU) (set on [LambdaFunction])"));

    [Fact]
    public Task LambdaMaxMemorySize_is_the_ceiling_of_standard_functions_only() =>
        AnalyzerRunner.VerifyAsync(Class($$"""
                [LambdaFunction({{Cp}}, MemorySize = 4096)] public static Stream A(Stream input) => input;
                [LambdaFunction(MemorySize = {|LG0010:4096|})] public static Stream B(Stream input) => input;
            """),
            AnalyzerSetup.WithProperties(("LambdaMaxMemorySize", "3008")),
            ("LG0010", "MemorySize 4096 is above 3008 MB, the ceiling LambdaMaxMemorySize sets for a standard function (set on [LambdaFunction])"));

    [Theory]
    [InlineData(1)]
    [InlineData(900)]
    [InlineData(901)]
    [InlineData(5400)]
    public Task Managed_instances_timeout_from_1_to_5400_is_silent(int timeout) =>
        AnalyzerRunner.VerifyAsync(Handler($"{Cp}, Timeout = {timeout}"));

    [Theory]
    [InlineData(0, "1")]
    [InlineData(5401, "5400")]
    public async Task Managed_instances_timeout_outside_1_to_5400_is_LG0072_with_the_nearest_bound(int timeout, string fix)
    {
        await AnalyzerRunner.VerifyAsync(Handler($"{Cp}, Timeout = {{|LG0072:{timeout}|}}"),
            ("LG0072", $"Timeout {timeout} is outside 1–5400 seconds for a function on Lambda Managed Instances (whose synchronous invocations still stop at 900 seconds) (set on [LambdaFunction])"));
        Assert.Equal(fix, await FixOf(Handler($"{Cp}, Timeout = {timeout}"), "LG0072"));
    }

    [Fact]
    public Task A_standard_timeout_beyond_the_model_maximum_does_not_point_at_managed_instances() =>
        AnalyzerRunner.VerifyAsync(Handler("Timeout = {|LG0011:5401|}"),
            ("LG0011", "Timeout 5401 is outside 1–900 seconds for a standard function (set on [LambdaFunction])"));

    [Fact]
    public async Task An_empty_capacity_provider_is_not_managed_instances()
    {
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(Handler("CapacityProviderArn = \"\", Timeout = 1000"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "LG0072");
        Assert.Equal("Timeout 1000 is outside 1–900 seconds for a standard function; up to 5400 is only for functions on Lambda Managed Instances (CapacityProviderArn) (set on [LambdaFunction])",
            Assert.Single(diagnostics, d => d.Id == "LG0011").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    // Lambda Managed Instances.

    [Theory]
    [InlineData("2")]
    [InlineData("4")]
    [InlineData("8")]
    [InlineData("8.0")]
    public Task Supported_memory_per_vcpu_ratios_are_silent(string ratio) =>
        AnalyzerRunner.VerifyAsync(Handler($"{Cp}, ExecutionEnvironmentMemoryGiBPerVCpu = {ratio}"));

    [Theory]
    [InlineData("2.5", "2")]
    [InlineData("3", "4")]
    [InlineData("5", "4")]
    [InlineData("6", "8")]
    [InlineData("7.9", "8")]
    public async Task Other_ratios_in_the_model_range_fix_to_the_nearest_supported_one(string ratio, string fix) =>
        Assert.Equal(fix, await FixOf(Handler($"{Cp}, ExecutionEnvironmentMemoryGiBPerVCpu = {ratio}"), "LG0073"));

    [Theory]
    [InlineData("1")]
    [InlineData("9")]
    [InlineData("double.NaN")]
    public async Task Ratios_outside_the_model_range_are_left_to_the_model_rule(string ratio)
    {
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(Handler($"{Cp}, ExecutionEnvironmentMemoryGiBPerVCpu = {ratio}"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "LG0073");
    }

    [Theory]
    [InlineData("dotnet10")]
    [InlineData("provided.al2023")]
    public Task Managed_instances_runtimes_are_silent(string runtime) =>
        AnalyzerRunner.VerifyAsync(Handler($"{Cp}, Runtime = \"{runtime}\""));

    [Fact]
    public Task Deprecated_dotnet8_still_runs_on_managed_instances() =>
        AnalyzerRunner.VerifyAsync(Handler(Cp), AnalyzerSetup.WithProperties(("TargetFramework", "net8.0")),
            ("LG0007", "Runtime 'dotnet8' is deprecated since 2026-11-10; creating functions is blocked from 2027-02-01 (derived from TargetFramework 'net8.0')"));

    [Fact]
    public async Task An_unsupported_runtime_from_the_assembly_blames_the_capacity_provider_on_the_method_without_a_fix()
    {
        var source = Handler("CapacityProviderArn = {|LG0074:\"" + ProviderArn + "\"|}",
            assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", Runtime = {|LG0007:"provided.al2"|})]""");
        await AnalyzerRunner.VerifyAsync(source,
            ("LG0007", "Runtime 'provided.al2' is deprecated since 2026-07-31; creating functions is blocked from 2027-02-01 (from [assembly: LambdaDefaults])"),
            ("LG0074", "Runtime 'provided.al2' does not run on Lambda Managed Instances; use Java 21+, Python 3.13+, Node.js 22+, .NET 8+ (dotnet8, dotnet10) or provided.al2023 (set on [LambdaFunction])"));
        Assert.Null(await FixOf(source, "LG0074"));
    }

    [Fact]
    public async Task Provided_al2_on_the_method_fixes_to_provided_al2023() =>
        Assert.Equal("provided.al2023", await FixOf(Handler($"{Cp}, Runtime = \"provided.al2\""), "LG0074"));

    [Fact]
    public Task EphemeralStorage_and_a_vpc_on_managed_instances_warn() =>
        AnalyzerRunner.VerifyAsync(Handler($"{Cp}, EphemeralStorage = {{|LG0075:512|}}, SubnetIds = {{|LG0075:new[] {{ \"subnet-0a1b2c3d\" }}|}}, SecurityGroupIds = new[] {{ \"sg-0a1b2c3d\" }}"),
            ("LG0075", "EphemeralStorage is set on a function on Lambda Managed Instances, which reportedly does not support it; no AWS page found states it (set on [LambdaFunction])"),
            ("LG0075", "SubnetIds is set on a function on Lambda Managed Instances, which runs in the capacity provider's subnets; a function-level VPC reportedly does not apply, but no AWS page found states it (set on [LambdaFunction])"));

    [Fact]
    public Task The_same_settings_without_a_capacity_provider_are_silent() =>
        AnalyzerRunner.VerifyAsync(Handler($"EphemeralStorage = 512, {Vpc}, SnapStart = \"PublishedVersions\", Publish = true"));

    [Fact]
    public Task PublishTo_with_a_capacity_provider_from_MSBuild_is_silent() =>
        AnalyzerRunner.VerifyAsync(Handler("PublishTo = LambdaPublishTo.LatestPublished"), AnalyzerSetup.WithProperties(("LambdaCapacityProviderArn", ProviderArn)));

    [Fact]
    public Task PublishTo_from_the_assembly_without_a_capacity_provider_is_reported_once_at_the_assembly() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2), assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", PublishTo = {|LG0076:"LATEST_PUBLISHED"|})]"""),
            ("LG0076", "PublishTo 'LATEST_PUBLISHED' is set without CapacityProviderArn; $LATEST.PUBLISHED is the version of a function on Lambda Managed Instances (from [assembly: LambdaDefaults])"));

    // Durable functions.

    [Theory]
    [InlineData("DurableExecutionTimeout = 60")]
    [InlineData("DurableRetentionPeriodInDays = 90")]
    [InlineData("DurableKMSKeyArn = \"arn:aws:kms:us-east-1:123456789012:key/1234abcd\"")]
    public Task A_durable_dotnet_function_is_silent(string args) =>
        // .NET is on the current version of the durable supported-runtimes page.
        AnalyzerRunner.VerifyAsync(Handler(args));

    [Fact]
    public Task A_function_without_durable_settings_or_in_a_container_image_is_silent() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaFunction(Runtime = "provided.al2023")] public static Stream A(Stream input) => input;
                [LambdaFunction(PackageType = "Image", DurableExecutionTimeout = 60, DurableRetentionPeriodInDays = 1)] public static Stream B(Stream input) => input;
            """));

    // Tenant isolation.

    [Fact]
    public Task Tenant_isolation_with_SnapStart_from_the_assembly_is_reported_at_the_method_setting() =>
        AnalyzerRunner.VerifyAsync(Handler("TenantIsolationMode = {|LG0079:LambdaTenantIsolationMode.PerTenant|}, Publish = true",
                assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", SnapStart = "PublishedVersions")]"""),
            ("LG0079", "SnapStart cannot be used with TenantIsolationMode 'PER_TENANT'; a tenant-isolated function does not support SnapStart (set on [LambdaFunction])"));

    [Fact]
    public Task SnapStart_set_on_the_method_against_an_assembly_tenancy_is_reported_at_SnapStart() =>
        AnalyzerRunner.VerifyAsync(Handler("SnapStart = {|LG0079:\"PublishedVersions\"|}, Publish = true",
                assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", TenantIsolationMode = "PER_TENANT")]"""),
            ("LG0079", "SnapStart cannot be used with TenantIsolationMode 'PER_TENANT'; a tenant-isolated function does not support SnapStart (set on [LambdaFunction])"));

    // IPv6 and SnapStart publishing.

    [Theory]
    [InlineData("Ipv6AllowedForDualStack = false")]
    [InlineData("Ipv6AllowedForDualStack = true, " + Vpc)]
    public Task IPv6_off_or_with_subnets_is_silent(string args) => AnalyzerRunner.VerifyAsync(Handler(args));

    [Fact]
    public Task IPv6_with_empty_vpc_lists_warns() =>
        AnalyzerRunner.VerifyAsync(Handler("Ipv6AllowedForDualStack = {|LG0080:true|}, SubnetIds = new string[0], SecurityGroupIds = new string[0]"),
            ("LG0080", "Ipv6AllowedForDualStack is true without SubnetIds, so the manifest sends a VpcConfig with only that flag; it applies only to a function in dual-stack subnets (set on [LambdaFunction])"));

    [Fact]
    public Task SnapStart_with_Publish_false_warns_and_None_is_silent() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaFunction(SnapStart = {|LG0081:LambdaSnapStart.PublishedVersions|}, Publish = false)] public static Stream A(Stream input) => input;
                [LambdaFunction(SnapStart = LambdaSnapStart.None)] public static Stream B(Stream input) => input;
            """),
            ("LG0081", "SnapStart 'PublishedVersions' applies only to published versions, but Publish is not true, so the deploy publishes none and no snapshot is taken; set Publish = true (set on [LambdaFunction])"));

    [Fact]
    public Task SnapStart_that_cannot_be_used_at_all_is_LG0047_only() =>
        AnalyzerRunner.VerifyAsync(Handler("SnapStart = {|LG0047:\"PublishedVersions\"|}, EphemeralStorage = 1024"),
            ("LG0047", "SnapStart cannot be used with EphemeralStorage 1024 MB (above 512) (set on [LambdaFunction])"));

    // ARNs against LambdaRegion.

    private const string EuLayer = "arn:aws:lambda:eu-west-1:123456789012:layer:a:1";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("moon-base-1a")]
    [InlineData("eu-west-1")]
    public Task Layers_are_silent_without_a_readable_LambdaRegion_or_in_it(string? region) =>
        AnalyzerRunner.VerifyAsync(Handler($"Layers = new[] {{ \"{EuLayer}\" }}, FunctionName = \"arn:aws:lambda:eu-west-1:123456789012:function:orders\""),
            AnalyzerSetup.WithProperties(("LambdaRegion", region)));

    [Fact]
    public Task Each_layer_is_reported_at_its_item_with_the_partition_first() =>
        AnalyzerRunner.VerifyAsync(Handler($"Layers = new[] {{ {{|LG0082:\"{EuLayer}\"|}}, {{|LG0082:\"arn:aws:lambda:::awslayer:AWSLambdaPowertools\"|}}, \"arn:aws-us-gov:lambda:us-gov-west-1:123456789012:layer:b:2\" }}"),
            AnalyzerSetup.WithProperties(("LambdaRegion", " us-gov-west-1 ")),
            ("LG0082", $"Layer '{EuLayer}' is in partition 'aws', but LambdaRegion 'us-gov-west-1' is in 'aws-us-gov'; a function can use only layers of its own region (set on [LambdaFunction])"),
            ("LG0082", "Layer 'arn:aws:lambda:::awslayer:AWSLambdaPowertools' is in partition 'aws', but LambdaRegion 'us-gov-west-1' is in 'aws-us-gov'; a function can use only layers of its own region (set on [LambdaFunction])"));

    [Fact]
    public Task Layers_from_the_assembly_are_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: $$"""[assembly: LambdaDefaults(Role = "{{Role}}", Layers = new[] { {|LG0082:"{{EuLayer}}"|} })]"""),
            AnalyzerSetup.WithProperties(("LambdaRegion", "us-east-1")),
            ("LG0082", $"Layer '{EuLayer}' is in region 'eu-west-1', but LambdaRegion is 'us-east-1'; a function can use only layers of its own region (from [assembly: LambdaDefaults])"));

    [Theory]
    [InlineData("eu-west-1:123456789012:function:orders", "is in region 'eu-west-1', but LambdaRegion is 'us-east-1'")]
    [InlineData("arn:aws:lambda:us-west-2:123456789012:function:orders:live", "is in region 'us-west-2', but LambdaRegion is 'us-east-1'")]
    [InlineData("arn:aws-cn:lambda:cn-north-1:123456789012:function:orders", "is in partition 'aws-cn', but LambdaRegion 'us-east-1' is in 'aws'")]
    public Task Function_ARNs_in_another_region_warn(string name, string where) =>
        AnalyzerRunner.VerifyAsync(Handler($"FunctionName = {{|LG0083:\"{name}\"|}}"), AnalyzerSetup.WithProperties(("LambdaRegion", "us-east-1")),
            ("LG0083", $"FunctionName '{name}' {where}, where the deploy creates the function (set on [LambdaFunction])"));

    [Theory]
    [InlineData("orders")]
    [InlineData("123456789012:function:orders")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:orders")]
    public Task Plain_names_and_ARNs_without_another_region_are_silent(string name) =>
        AnalyzerRunner.VerifyAsync(Handler($"FunctionName = \"{name}\""), AnalyzerSetup.WithProperties(("LambdaRegion", "us-east-1")));

    // LambdaS3Bucket.

    [Theory]
    [InlineData("ab", "is 2 characters; a bucket name is 3–63 characters long")]
    [InlineData("a123456789012345678901234567890123456789012345678901234567890123", "is 64 characters; a bucket name is 3–63 characters long")]
    [InlineData("my_bucket", "contains '_'; a bucket name has only lowercase letters, digits, periods (.) and hyphens (-)")]
    [InlineData("my bucket", "contains a space; a bucket name has only lowercase letters, digits, periods (.) and hyphens (-)")]
    [InlineData("s3://my-bucket", "contains ':'; a bucket name has only lowercase letters, digits, periods (.) and hyphens (-)")]
    [InlineData("-bucket", "must begin and end with a lowercase letter or a digit")]
    [InlineData("bucket.", "must begin and end with a lowercase letter or a digit")]
    [InlineData("my..bucket", "has two adjacent periods")]
    [InlineData("192.168.5.4", "is formatted as an IP address")]
    [InlineData("xn--bucket", "starts with 'xn--', which is reserved")]
    [InlineData("sthree-configurator", "starts with 'sthree-', which is reserved")]
    [InlineData("amzn-s3-demo-bucket", "starts with 'amzn-s3-demo-', which is reserved")]
    [InlineData("bucket-s3alias", "ends with '-s3alias', which is reserved")]
    [InlineData("bucket--ol-s3", "ends with '--ol-s3', which is reserved")]
    [InlineData("bucket.mrap", "ends with '.mrap', which is reserved")]
    [InlineData("bucket--x-s3", "ends with '--x-s3', which is reserved")]
    public Task An_invalid_LambdaS3Bucket_is_reported_once_without_location_with_the_broken_rule(string bucket, string broken) =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3)), AnalyzerSetup.WithProperties(("LambdaS3Bucket", bucket)),
            ("LG0084", $"MSBuild property LambdaS3Bucket is '{bucket}', which {broken}"));

    [Theory]
    [InlineData("abc")]
    [InlineData("a12345678901234567890123456789012345678901234567890123456789012")]
    [InlineData("my-bucket.artifacts-1")]
    [InlineData("192.168.5.4a")]
    [InlineData("1.2.3")]
    [InlineData(" my-bucket ")]
    [InlineData("")]
    public Task A_valid_or_unset_LambdaS3Bucket_is_silent(string bucket) =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2)), AnalyzerSetup.WithProperties(("LambdaS3Bucket", bucket)));
}
