using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>LG0060–LG0068: the model constraints of the capacity provider, durable, tenancy and PublishTo members, checked
/// generically from the field table (SpecValidator.Model).</summary>
public class ModelRulesTests
{
    internal const string CapacityProvider = ModelValues.CapacityProvider;
    internal const string Provider = ModelValues.Provider;
    internal const string CapacityProviderPattern = ModelValues.CapacityProviderPattern;
    internal const string ArnPattern = ModelValues.ArnPattern;
    private const string OnMethod = " (set on [LambdaFunction])";
    private const string OnAssembly = " (from [assembly: LambdaDefaults])";
    private const string WithProvider = "CapacityProviderArn = \"" + Provider + "\", ";
    private const string LmiSiblings = "PerExecutionEnvironmentMaxConcurrency and ExecutionEnvironmentMemoryGiBPerVCpu";

    private static string Defaults(string args) => $$"""[assembly: LambdaDefaults(Role = "{{Role}}", {{args}})]""";

    // LG0060 CapacityProviderArn

    [Theory]
    [InlineData(Provider)]
    [InlineData("arn:aws-cn:lambda:cn-north-1:123456789012:capacity-provider:a")]
    [InlineData("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:capacity-provider:A_b-9")]
    [InlineData("arn:aws:lambda:eusc-de-east-1:123456789012:capacity-provider:x")]
    public Task Capacity_provider_ARNs_are_silent(string arn) =>
        AnalyzerRunner.VerifyAsync(Handler($"CapacityProviderArn = \"{arn}\""));

    [Fact]
    public Task A_capacity_provider_ARN_of_140_characters_is_silent() =>
        AnalyzerRunner.VerifyAsync(Handler($"CapacityProviderArn = \"{CapacityProvider}{Repeat("a", 140 - CapacityProvider.Length)}\""));

    [Fact]
    public Task A_capacity_provider_ARN_of_141_characters_fires_for_its_length()
    {
        var arn = CapacityProvider + Repeat("a", 141 - CapacityProvider.Length);
        return AnalyzerRunner.VerifyAsync(Handler($"CapacityProviderArn = {{|LG0060:\"{arn}\"|}}"),
            ("LG0060", $"CapacityProviderArn '{arn.Substring(0, 80)}…' is 141 characters; it must be 1–140 characters" + OnMethod));
    }

    [Fact]
    public Task An_empty_capacity_provider_ARN_fires_for_its_length() =>
        AnalyzerRunner.VerifyAsync(Handler("CapacityProviderArn = {|LG0060:\"\"|}"),
            ("LG0060", "CapacityProviderArn '' is 0 characters; it must be 1–140 characters" + OnMethod));

    [Theory]
    [InlineData("fleet", "'fleet'")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:fleet", "'arn:aws:lambda:us-east-1:123456789012:function:fleet'")]
    [InlineData("arn:aws:lambda:us-east-1:12345678901:capacity-provider:fleet", "'arn:aws:lambda:us-east-1:12345678901:capacity-provider:fleet'")]
    [InlineData("arn::lambda:us-east-1:123456789012:capacity-provider:fleet", "'arn::lambda:us-east-1:123456789012:capacity-provider:fleet'")]
    [InlineData(Provider + "\\n", "'" + Provider + "\\u000a'")]
    [InlineData(Provider + ".v2", "'" + Provider + ".v2'")]
    public Task Values_that_are_not_capacity_provider_ARNs_fire(string arn, string quoted) =>
        AnalyzerRunner.VerifyAsync(Handler($"CapacityProviderArn = {{|LG0060:\"{arn}\"|}}"),
            ("LG0060", $"CapacityProviderArn {quoted} does not match the model's pattern {CapacityProviderPattern}" + OnMethod));

    [Fact]
    public Task A_capacity_provider_ARN_from_the_assembly_defaults_is_reported_once_at_its_argument() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: Defaults("CapacityProviderArn = {|LG0060:\"fleet\"|}")),
            ("LG0060", $"CapacityProviderArn 'fleet' does not match the model's pattern {CapacityProviderPattern}" + OnAssembly));

    [Fact]
    public Task A_capacity_provider_ARN_from_MSBuild_is_reported_once_without_location() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3)), AnalyzerSetup.WithProperties(("LambdaCapacityProviderArn", "fleet")),
            ("LG0060", $"CapacityProviderArn 'fleet' does not match the model's pattern {CapacityProviderPattern} (from MSBuild property LambdaCapacityProviderArn)"));

    [Fact]
    public Task A_valid_capacity_provider_ARN_from_MSBuild_is_silent_and_satisfies_LG0063() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2, "PerExecutionEnvironmentMaxConcurrency = 10")), AnalyzerSetup.WithProperties(("LambdaCapacityProviderArn", Provider)));

    [Fact]
    public Task The_method_value_overrides_a_bad_assembly_value_which_is_then_not_checked() =>
        AnalyzerRunner.VerifyAsync(Handler($"CapacityProviderArn = \"{Provider}\"", assembly: Defaults("CapacityProviderArn = \"fleet\"")));

    // LG0061, LG0062, LG0064, LG0065 ranges

    [Theory]
    [InlineData("PerExecutionEnvironmentMaxConcurrency", 1)]
    [InlineData("PerExecutionEnvironmentMaxConcurrency", 1600)]
    [InlineData("DurableExecutionTimeout", 1)]
    [InlineData("DurableExecutionTimeout", 31622400)]
    [InlineData("DurableRetentionPeriodInDays", 1)]
    [InlineData("DurableRetentionPeriodInDays", 90)]
    public Task Integer_range_ends_are_silent(string property, int value) =>
        AnalyzerRunner.VerifyAsync(Handler($"{WithProvider}{property} = {value}"));

    [Theory]
    [InlineData("PerExecutionEnvironmentMaxConcurrency", "0", "LG0061", "PerExecutionEnvironmentMaxConcurrency 0 is outside 1–1600")]
    [InlineData("PerExecutionEnvironmentMaxConcurrency", "1601", "LG0061", "PerExecutionEnvironmentMaxConcurrency 1601 is outside 1–1600")]
    [InlineData("PerExecutionEnvironmentMaxConcurrency", "-1", "LG0061", "PerExecutionEnvironmentMaxConcurrency -1 is outside 1–1600")]
    [InlineData("PerExecutionEnvironmentMaxConcurrency", "int.MaxValue", "LG0061", "PerExecutionEnvironmentMaxConcurrency 2147483647 is outside 1–1600")]
    [InlineData("DurableExecutionTimeout", "0", "LG0064", "DurableExecutionTimeout 0 is outside 1–31622400")]
    [InlineData("DurableExecutionTimeout", "31622401", "LG0064", "DurableExecutionTimeout 31622401 is outside 1–31622400")]
    [InlineData("DurableExecutionTimeout", "int.MinValue", "LG0064", "DurableExecutionTimeout -2147483648 is outside 1–31622400")]
    [InlineData("DurableRetentionPeriodInDays", "0", "LG0065", "DurableRetentionPeriodInDays 0 is outside 1–90")]
    [InlineData("DurableRetentionPeriodInDays", "91", "LG0065", "DurableRetentionPeriodInDays 91 is outside 1–90")]
    [InlineData("DurableRetentionPeriodInDays", "120", "LG0065", "DurableRetentionPeriodInDays 120 is outside 1–90")]
    [InlineData("DurableRetentionPeriodInDays", "default", "LG0065", "DurableRetentionPeriodInDays 0 is outside 1–90")]
    public Task Integers_just_outside_the_range_fire_at_the_argument(string property, string value, string id, string message) =>
        AnalyzerRunner.VerifyAsync(Handler($"{WithProvider}{property} = {{|{id}:{value}|}}"), (id, message + OnMethod));

    [Theory]
    [InlineData("2")]
    [InlineData("2.0")]
    [InlineData("4")]
    [InlineData("8")]
    [InlineData("8d")]
    [InlineData("8.0f")]
    public Task Memory_per_vCPU_from_2_to_8_is_silent(string value) =>
        AnalyzerRunner.VerifyAsync(Handler($"{WithProvider}ExecutionEnvironmentMemoryGiBPerVCpu = {value}"));

    [Theory]
    [InlineData("1.999", "ExecutionEnvironmentMemoryGiBPerVCpu 1.999 is outside 2–8")]
    [InlineData("8.000001", "ExecutionEnvironmentMemoryGiBPerVCpu 8.000001 is outside 2–8")]
    [InlineData("16", "ExecutionEnvironmentMemoryGiBPerVCpu 16 is outside 2–8")]
    [InlineData("0", "ExecutionEnvironmentMemoryGiBPerVCpu 0 is outside 2–8")]
    [InlineData("-4", "ExecutionEnvironmentMemoryGiBPerVCpu -4 is outside 2–8")]
    [InlineData("1e300", "ExecutionEnvironmentMemoryGiBPerVCpu 1E+300 is outside 2–8")]
    [InlineData("double.MaxValue", "ExecutionEnvironmentMemoryGiBPerVCpu 1.7976931348623157E+308 is outside 2–8")]
    [InlineData("double.Epsilon", "ExecutionEnvironmentMemoryGiBPerVCpu 5E-324 is outside 2–8")]
    [InlineData("double.PositiveInfinity", "ExecutionEnvironmentMemoryGiBPerVCpu Infinity is outside 2–8")]
    [InlineData("double.NegativeInfinity", "ExecutionEnvironmentMemoryGiBPerVCpu -Infinity is outside 2–8")]
    [InlineData("double.NaN", "ExecutionEnvironmentMemoryGiBPerVCpu NaN is not a number; it must be 2–8")]
    [InlineData("0.0 / 0.0", "ExecutionEnvironmentMemoryGiBPerVCpu NaN is not a number; it must be 2–8")]
    public Task Memory_per_vCPU_outside_2_to_8_fires_at_the_argument(string value, string message) =>
        AnalyzerRunner.VerifyAsync(Handler($"{WithProvider}ExecutionEnvironmentMemoryGiBPerVCpu = {{|LG0062:{value}|}}"), ("LG0062", message + OnMethod));

    [Fact]
    public Task A_range_from_the_assembly_defaults_is_reported_once_at_its_argument() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: Defaults("DurableRetentionPeriodInDays = {|LG0065:120|}")),
            ("LG0065", "DurableRetentionPeriodInDays 120 is outside 1–90" + OnAssembly));

    [Fact]
    public Task A_double_from_the_assembly_defaults_is_reported_once_at_its_argument() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2), assembly: Defaults($"CapacityProviderArn = \"{Provider}\", ExecutionEnvironmentMemoryGiBPerVCpu = {{|LG0062:double.NaN|}}")),
            ("LG0062", "ExecutionEnvironmentMemoryGiBPerVCpu NaN is not a number; it must be 2–8" + OnAssembly));

    [Fact]
    public async Task Range_diagnostics_carry_the_clamped_value_as_the_fix()
    {
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(Handler(
            $"{WithProvider}PerExecutionEnvironmentMaxConcurrency = 0, ExecutionEnvironmentMemoryGiBPerVCpu = 8.5, DurableExecutionTimeout = 99999999, DurableRetentionPeriodInDays = 91"));
        Assert.Collection(diagnostics,
            d => { Assert.Equal("LG0061", d.Id); Assert.Equal("PerExecutionEnvironmentMaxConcurrency", d.Properties["LambdaGen.Field"]); Assert.Equal("1", d.Properties["LambdaGen.Fix"]); },
            d => { Assert.Equal("LG0062", d.Id); Assert.Equal("ExecutionEnvironmentMemoryGiBPerVCpu", d.Properties["LambdaGen.Field"]); Assert.Equal("8", d.Properties["LambdaGen.Fix"]); },
            d => { Assert.Equal("LG0064", d.Id); Assert.Equal("DurableExecutionTimeout", d.Properties["LambdaGen.Field"]); Assert.Equal("31622400", d.Properties["LambdaGen.Fix"]); },
            d => { Assert.Equal("LG0065", d.Id); Assert.Equal("DurableRetentionPeriodInDays", d.Properties["LambdaGen.Field"]); Assert.Equal("90", d.Properties["LambdaGen.Fix"]); });
    }

    [Fact]
    public async Task NaN_has_no_fix_and_infinity_is_clamped()
    {
        var nan = Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(Handler($"{WithProvider}ExecutionEnvironmentMemoryGiBPerVCpu = double.NaN")));
        Assert.False(nan.Properties.ContainsKey("LambdaGen.Fix"));
        var infinity = Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(Handler($"{WithProvider}ExecutionEnvironmentMemoryGiBPerVCpu = double.NegativeInfinity")));
        Assert.Equal("2", infinity.Properties["LambdaGen.Fix"]);
    }

    // LG0063 CapacityProviderArn missing

    [Theory]
    [InlineData("PerExecutionEnvironmentMaxConcurrency", "10")]
    [InlineData("ExecutionEnvironmentMemoryGiBPerVCpu", "4")]
    public Task A_Managed_Instances_setting_without_a_capacity_provider_fires_at_that_setting(string property, string value) =>
        AnalyzerRunner.VerifyAsync(Handler($"{property} = {{|LG0063:{value}|}}"),
            ("LG0063", $"{property} is set but CapacityProviderArn is not; CapacityProviderArn is required with {LmiSiblings}" + OnMethod));

    [Fact]
    public Task Both_settings_without_a_capacity_provider_are_reported_once() =>
        AnalyzerRunner.VerifyAsync(Handler("ExecutionEnvironmentMemoryGiBPerVCpu = 4, PerExecutionEnvironmentMaxConcurrency = {|LG0063:10|}"),
            ("LG0063", $"{LmiSiblings} are set but CapacityProviderArn is not; CapacityProviderArn is required with {LmiSiblings}" + OnMethod));

    [Fact]
    public Task The_setting_on_the_method_is_blamed_over_the_one_from_the_defaults() =>
        AnalyzerRunner.VerifyAsync(Handler("ExecutionEnvironmentMemoryGiBPerVCpu = {|LG0063:4|}", assembly: Defaults("PerExecutionEnvironmentMaxConcurrency = 10")),
            ("LG0063", $"{LmiSiblings} are set but CapacityProviderArn is not; CapacityProviderArn is required with {LmiSiblings}" + OnMethod));

    [Fact]
    public Task A_setting_from_the_defaults_without_a_capacity_provider_is_reported_once_at_its_argument() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: Defaults("PerExecutionEnvironmentMaxConcurrency = {|LG0063:10|}")),
            ("LG0063", $"PerExecutionEnvironmentMaxConcurrency is set but CapacityProviderArn is not; CapacityProviderArn is required with {LmiSiblings}" + OnAssembly));

    [Theory]
    [InlineData("PerExecutionEnvironmentMaxConcurrency = 10, CapacityProviderArn = \"" + Provider + "\"", DefaultAssembly)]
    [InlineData("ExecutionEnvironmentMemoryGiBPerVCpu = 8", "[assembly: LambdaDefaults(Role = \"" + Role + "\", CapacityProviderArn = \"" + Provider + "\")]")]
    [InlineData("CapacityProviderArn = \"" + Provider + "\"", "[assembly: LambdaDefaults(Role = \"" + Role + "\", PerExecutionEnvironmentMaxConcurrency = 10)]")]
    [InlineData("CapacityProviderArn = \"" + Provider + "\"", DefaultAssembly)]
    [InlineData("", DefaultAssembly)]
    public Task A_capacity_provider_from_any_level_is_enough(string args, string assembly) =>
        AnalyzerRunner.VerifyAsync(Handler(args, assembly: assembly));

    [Fact]
    public Task An_invalid_capacity_provider_is_LG0060_not_LG0063() =>
        AnalyzerRunner.VerifyAsync(Handler("CapacityProviderArn = {|LG0060:\"\"|}, PerExecutionEnvironmentMaxConcurrency = 10"),
            ("LG0060", "CapacityProviderArn '' is 0 characters; it must be 1–140 characters" + OnMethod));

    // LG0066 DurableKMSKeyArn

    [Theory]
    [InlineData("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws-cn:kms:cn-north-1:123456789012:alias/app")]
    [InlineData("")]
    public Task Durable_KMS_key_ARNs_and_empty_are_silent(string arn) =>
        AnalyzerRunner.VerifyAsync(Handler($"DurableKMSKeyArn = \"{arn}\""));

    [Theory]
    [InlineData("alias/app")]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:KMS:us-east-1:123456789012:key/1")]
    [InlineData(" arn:aws:kms:us-east-1:123456789012:key/1")]
    public Task Durable_KMS_keys_that_are_not_ARNs_fire(string value) =>
        AnalyzerRunner.VerifyAsync(Handler($"DurableKMSKeyArn = {{|LG0066:\"{value}\"|}}"),
            ("LG0066", $"DurableKMSKeyArn '{value}' does not match the model's pattern {ArnPattern}" + OnMethod));

    [Fact]
    public Task A_durable_KMS_key_ARN_is_at_most_10000_characters()
    {
        const string Prefix = "arn:aws:kms:us-east-1:123456789012:key/";
        var longest = Prefix + Repeat("😀", 10000 - Prefix.Length);
        return Task.WhenAll(
            AnalyzerRunner.VerifyAsync(Handler($"DurableKMSKeyArn = \"{longest}\"")),
            AnalyzerRunner.VerifyAsync(Handler($"DurableKMSKeyArn = {{|LG0066:\"{longest}a\"|}}"),
                ("LG0066", $"DurableKMSKeyArn '{Prefix}{Repeat("😀", 80 - Prefix.Length)}…' is 10001 characters; it must be 0–10000 characters" + OnMethod)));
    }

    [Fact]
    public Task A_durable_KMS_key_from_the_assembly_defaults_is_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2), assembly: Defaults("DurableKMSKeyArn = {|LG0066:\"alias/app\"|}")),
            ("LG0066", $"DurableKMSKeyArn 'alias/app' does not match the model's pattern {ArnPattern}" + OnAssembly));

    // LG0067 TenantIsolationMode, LG0068 PublishTo

    [Theory]
    [InlineData("\"PER_TENANT\"")]
    [InlineData("LambdaTenantIsolationMode.PerTenant")]
    public Task PER_TENANT_is_silent(string value) =>
        AnalyzerRunner.VerifyAsync(Handler($"TenantIsolationMode = {value}"));

    [Theory]
    [InlineData("per_tenant", "TenantIsolationMode 'per_tenant' is not valid; the API spells it 'PER_TENANT'")]
    [InlineData("PerTenant", "TenantIsolationMode 'PerTenant' is not valid; the API spells it 'PER_TENANT'")]
    [InlineData("per-tenant", "TenantIsolationMode 'per-tenant' is not valid; the API spells it 'PER_TENANT'")]
    [InlineData("PER TENANT", "TenantIsolationMode 'PER TENANT' is not valid; the API spells it 'PER_TENANT'")]
    [InlineData("PER_TENANT ", "TenantIsolationMode 'PER_TENANT ' is not valid; the API spells it 'PER_TENANT'")]
    [InlineData("SHARED", "TenantIsolationMode 'SHARED' is not valid; use 'PER_TENANT'")]
    [InlineData("", "TenantIsolationMode '' is not valid; use 'PER_TENANT'")]
    public Task Other_tenant_isolation_modes_fire(string value, string message) =>
        AnalyzerRunner.VerifyAsync(Handler($"TenantIsolationMode = {{|LG0067:\"{value}\"|}}"), ("LG0067", message + OnMethod));

    [Fact]
    public Task A_tenant_isolation_mode_from_the_assembly_defaults_is_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: Defaults("TenantIsolationMode = {|LG0067:\"PerTenant\"|}")),
            ("LG0067", "TenantIsolationMode 'PerTenant' is not valid; the API spells it 'PER_TENANT'" + OnAssembly));

    [Theory]
    [InlineData("\"LATEST_PUBLISHED\"")]
    [InlineData("LambdaPublishTo.LatestPublished")]
    public Task LATEST_PUBLISHED_is_silent(string value) =>
        AnalyzerRunner.VerifyAsync(Handler($"{WithProvider}PublishTo = {value}"));

    [Theory]
    [InlineData("LatestPublished", "PublishTo 'LatestPublished' is not valid; the API spells it 'LATEST_PUBLISHED'")]
    [InlineData("latest-published", "PublishTo 'latest-published' is not valid; the API spells it 'LATEST_PUBLISHED'")]
    [InlineData("$LATEST.PUBLISHED", "PublishTo '$LATEST.PUBLISHED' is not valid; use 'LATEST_PUBLISHED'")]
    [InlineData("$LATEST", "PublishTo '$LATEST' is not valid; use 'LATEST_PUBLISHED'")]
    public Task Other_PublishTo_values_fire(string value, string message) =>
        AnalyzerRunner.VerifyAsync(Handler($"PublishTo = {{|LG0068:\"{value}\"|}}"), ("LG0068", message + OnMethod));

    [Fact]
    public Task PublishTo_from_the_assembly_defaults_is_reported_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: Defaults("PublishTo = {|LG0068:\"latest\"|}")),
            ("LG0068", "PublishTo 'latest' is not valid; use 'LATEST_PUBLISHED'" + OnAssembly));

    [Fact]
    public async Task Enumeration_diagnostics_carry_the_API_spelling_as_the_fix()
    {
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(Handler("TenantIsolationMode = \"per-tenant\", PublishTo = \"latest_published\""));
        Assert.Collection(diagnostics,
            d => { Assert.Equal("LG0067", d.Id); Assert.Equal("TenantIsolationMode", d.Properties["LambdaGen.Field"]); Assert.Equal("PER_TENANT", d.Properties["LambdaGen.Fix"]); },
            d => { Assert.Equal("LG0068", d.Id); Assert.Equal("PublishTo", d.Properties["LambdaGen.Field"]); Assert.Equal("LATEST_PUBLISHED", d.Properties["LambdaGen.Fix"]); });
    }

    [Fact]
    public Task Every_new_member_at_a_valid_value_is_silent() =>
        AnalyzerRunner.VerifyAsync(Handler($"{WithProvider}PerExecutionEnvironmentMaxConcurrency = 1600, ExecutionEnvironmentMemoryGiBPerVCpu = 2, " +
            "DurableExecutionTimeout = 31622400, DurableRetentionPeriodInDays = 90, DurableKMSKeyArn = \"arn:aws:kms:us-east-1:123456789012:key/1\", " +
            "TenantIsolationMode = LambdaTenantIsolationMode.PerTenant, PublishTo = LambdaPublishTo.LatestPublished"));
}
