using static LambdaGen.Tests.Analyzer.Src;

namespace LambdaGen.Tests.Analyzer;

/// <summary>Issue 14: the model constraints of [LambdaFunctionUrl], [LambdaAlias], [LambdaAsyncInvoke] and
/// ReservedConcurrentExecutions (LG0078, LG0085–LG0094, checked generically) and the service rules around them
/// (LG0095–LG0109), at the exact argument, with the valid boundaries silent.</summary>
public class OperationRulesTests
{
    private const string Url = "[LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.AwsIam";
    private const string OnUrl = " (set on [LambdaFunctionUrl])";
    private const string OnAlias = " (set on [LambdaAlias])";
    private const string OnAsync = " (set on [LambdaAsyncInvoke])";
    private const string OnMethod = " (set on [LambdaFunction])";

    private static string Defaults(string args) => $$"""[assembly: LambdaDefaults(Role = "{{Role}}", {{args}})]""";

    // LG0078 ReservedConcurrentExecutions on the method, the assembly and MSBuild

    [Fact]
    public Task Reserved_concurrency_below_zero_on_the_method_fires_at_the_argument() =>
        AnalyzerRunner.VerifyAsync(Handler("ReservedConcurrentExecutions = {|LG0078:int.MinValue|}"),
            ("LG0078", "ReservedConcurrentExecutions -2147483648 is below the minimum of 0" + OnMethod));

    [Fact]
    public Task Reserved_concurrency_from_the_assembly_defaults_is_reported_once_at_its_argument() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3), assembly: Defaults("ReservedConcurrentExecutions = {|LG0078:-5|}")),
            ("LG0078", "ReservedConcurrentExecutions -5 is below the minimum of 0 (from [assembly: LambdaDefaults])"));

    [Fact]
    public Task Reserved_concurrency_from_MSBuild_is_reported_once_without_location() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(3)), AnalyzerSetup.WithProperties(("LambdaReservedConcurrentExecutions", "-1")),
            ("LG0078", "ReservedConcurrentExecutions -1 is below the minimum of 0 (from MSBuild property LambdaReservedConcurrentExecutions)"));

    [Theory]
    [InlineData(1)]
    [InlineData(900)]
    public Task Reserved_concurrency_inside_the_range_is_silent(int value) =>
        AnalyzerRunner.VerifyAsync(Handler($"ReservedConcurrentExecutions = {value}"));

    [Fact]
    public Task Reserved_concurrency_of_zero_is_in_range_but_warns_LG0101() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2), assembly: Defaults("ReservedConcurrentExecutions = {|LG0101:0|}")),
            ("LG0101", "ReservedConcurrentExecutions 0 throttles every invocation: the function processes no events until the limit is removed (a function URL answers 429, asynchronous events go to the on-failure destination without retries) (from [assembly: LambdaDefaults])"));

    [Fact]
    public Task Reserved_concurrency_above_900_from_MSBuild_warns_once() =>
        AnalyzerRunner.VerifyAsync(Class(Handlers(2)), AnalyzerSetup.WithProperties(("LambdaReservedConcurrentExecutions", "5000")),
            ("LG0102", "ReservedConcurrentExecutions 5000 is above 900, the most an account with the default limit of 1,000 concurrent executions can reserve (100 stay unreserved); it fails unless the account's quota was raised (from MSBuild property LambdaReservedConcurrentExecutions)"));

    // LG0085, LG0088 enums of [LambdaFunctionUrl]

    [Theory]
    [InlineData("\"AWS_IAM\"")]
    [InlineData("LambdaFunctionUrlAuthType.AwsIam")]
    public Task Valid_auth_types_are_silent(string value) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"[LambdaFunctionUrl(AuthType = {value})]"));

    [Theory]
    [InlineData("\"aws-iam\"", "'aws-iam' is not valid; the API spells it 'AWS_IAM'")]
    [InlineData("\"iam\"", "'iam' is not valid; use 'NONE' or 'AWS_IAM'")]
    public Task Unknown_auth_types_fire_at_the_argument(string value, string message) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"[LambdaFunctionUrl(AuthType = {{|LG0085:{value}|}})]"),
            ("LG0085", "AuthType " + message + OnUrl));

    [Theory]
    [InlineData("\"BUFFERED\"")]
    [InlineData("LambdaInvokeMode.ResponseStream")]
    public Task Valid_invoke_modes_are_silent(string value) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"{Url}, InvokeMode = {value})]"));

    [Fact]
    public Task An_unknown_invoke_mode_fires_at_the_argument() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: Url + ", InvokeMode = {|LG0088:\"STREAM\"|})]"),
            ("LG0088", "InvokeMode 'STREAM' is not valid; use 'BUFFERED' or 'RESPONSE_STREAM'" + OnUrl));

    // LG0086 Qualifier

    [Theory]
    [InlineData("\"\"", "Qualifier '' is 0 characters; it must be 1–128 characters")]
    [InlineData("\"$LATEST\"", "Qualifier '$LATEST' does not match the model's pattern ((?!^\\d+$)^[0-9a-zA-Z-_]+$)")]
    public Task Qualifiers_that_are_not_alias_names_fire(string value, string message) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"{Url}, Qualifier = {{|LG0086:{value}|}})]"), ("LG0086", message + OnUrl));

    // LG0087 CORS: items at the item, counts at the list

    [Fact]
    public Task One_allow_origin_too_long_fires_at_that_item() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: Url + ", AllowOrigins = new[] { \"https://a.example\", {|LG0087:\"\"|}, \"https://b.example\" })]"),
            ("LG0087", "AllowOrigins '' is 0 characters; it must be 1–253 characters" + OnUrl));

    [Fact]
    public Task Seven_allow_methods_fire_at_the_list() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: Url + ", AllowMethods = {|LG0087:new[] { \"GET\", \"PUT\", \"HEAD\", \"POST\", \"PATCH\", \"DELETE\", \"*\" }|})]"),
            ("LG0087", "AllowMethods has 7 items; it must have 0–6" + OnUrl));

    [Fact]
    public Task An_allow_method_of_seven_characters_fires_LG0087_only() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: Url + ", AllowMethods = [\"GET\", {|LG0087:\"OPTIONS\"|}])]"),
            ("LG0087", "AllowMethods 'OPTIONS' is 7 characters; it must be 0–6 characters" + OnUrl));

    [Fact]
    public Task A_header_of_1025_characters_fires_at_the_item() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"{Url}, ExposeHeaders = new[] {{ {{|LG0087:\"{Repeat("x", 1025)}\"|}} }}, AllowHeaders = new[] {{ \"{Repeat("x", 1024)}\" }})]"),
            ("LG0087", $"ExposeHeaders '{Repeat("x", 80)}…' is 1025 characters; it must be 0–1024 characters" + OnUrl));

    [Theory]
    [InlineData(-1, "MaxAge -1 is outside 0–86400")]
    [InlineData(86401, "MaxAge 86401 is outside 0–86400")]
    public Task Max_age_outside_the_range_fires(int value, string message) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"{Url}, MaxAge = {{|LG0087:{value}|}})]"), ("LG0087", message + OnUrl));

    [Fact]
    public Task Max_age_at_its_bounds_is_silent() =>
        AnalyzerRunner.VerifyAsync(Class($"""
                {Url}, MaxAge = 0)] [LambdaFunction] public static Stream A(Stream input) => input;
                {Url}, MaxAge = 86400)] [LambdaFunction] public static Stream B(Stream input) => input;
            """));

    // LG0089–LG0091 [LambdaAlias]: the constructor's name and which alias the message is about

    [Fact]
    public Task The_name_of_the_second_alias_fires_at_its_constructor_argument() =>
        AnalyzerRunner.VerifyAsync(Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\")] [LambdaAlias({|LG0089:\"$LATEST\"|})]"),
            ("LG0089", "Alias name '$LATEST' does not match the model's pattern (?!^[0-9]+$)([a-zA-Z0-9-_]+)" + OnAlias));

    [Fact]
    public Task An_alias_name_of_129_characters_fires() =>
        AnalyzerRunner.VerifyAsync(Handler("Publish = true", methodAttributes: $"[LambdaAlias(name: {{|LG0089:\"{Repeat("a", 129)}\"|}})]"),
            ("LG0089", $"Alias name '{Repeat("a", 80)}…' is 129 characters; it must be 1–128 characters" + OnAlias));

    [Fact]
    public Task A_null_alias_name_fires_LG0089_and_its_other_values_name_the_alias_by_position() =>
        AnalyzerRunner.VerifyAsync(Handler("Publish = true", methodAttributes: $"[LambdaAlias(\"live\")] [LambdaAlias({{|LG0089:null|}}, Description = {{|LG0090:\"{Repeat("d", 257)}\"|}})]"),
            ("LG0089", "Alias name is null; CreateAlias requires a name of 1–128 letters, digits, - or _" + OnAlias),
            ("LG0090", $"Alias #2 Description '{Repeat("d", 80)}…' is 257 characters; it must be 0–256 characters" + OnAlias));

    [Fact]
    public Task Provisioned_concurrency_of_the_second_alias_names_it() =>
        AnalyzerRunner.VerifyAsync(Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\", ProvisionedConcurrentExecutions = 1)] [LambdaAlias(\"beta\", ProvisionedConcurrentExecutions = {|LG0091:-3|})]"),
            ("LG0091", "Alias 'beta' ProvisionedConcurrentExecutions -3 is below the minimum of 1" + OnAlias));

    // LG0092–LG0094 [LambdaAsyncInvoke]

    [Fact]
    public Task Async_values_at_their_bounds_are_silent() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaAsyncInvoke(MaximumRetryAttempts = 0, MaximumEventAgeInSeconds = 60, OnSuccess = "")] [LambdaFunction] public static Stream A(Stream input) => input;
                [LambdaAsyncInvoke(MaximumRetryAttempts = 2, MaximumEventAgeInSeconds = 21600, OnSuccess = "arn:aws:sns:us-east-1:123456789012:done")] [LambdaFunction] public static Stream B(Stream input) => input;
            """));

    [Fact]
    public Task Async_values_outside_their_ranges_fire() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: "[LambdaAsyncInvoke(MaximumRetryAttempts = {|LG0092:-1|}, MaximumEventAgeInSeconds = {|LG0093:59|})]"),
            ("LG0092", "MaximumRetryAttempts -1 is outside 0–2" + OnAsync), ("LG0093", "MaximumEventAgeInSeconds 59 is outside 60–21600" + OnAsync));

    [Fact]
    public Task A_destination_of_351_characters_fires_for_its_length()
    {
        var arn = "arn:aws:sqs:us-east-1:123456789012:" + Repeat("q", 351 - 35);
        return AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"[LambdaAsyncInvoke(OnSuccess = {{|LG0094:\"{arn}\"|}})]"),
            ("LG0094", $"OnSuccess '{arn.Substring(0, 80)}…' is 351 characters; it must be 0–350 characters" + OnAsync));
    }

    // LG0095–LG0097

    [Fact]
    public Task An_empty_url_attribute_fires_LG0095_at_the_attribute() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: "[{|LG0095:LambdaFunctionUrl|}]"),
            ("LG0095", "[LambdaFunctionUrl] has no AuthType, which CreateFunctionUrlConfig requires; set AuthType = LambdaFunctionUrlAuthType.AwsIam (callers sign with IAM) or LambdaFunctionUrlAuthType.None (public)" + OnUrl));

    [Fact]
    public Task A_null_auth_type_fires_LG0095_at_the_attribute() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: "[{|LG0095:LambdaFunctionUrl(AuthType = null)|}]"),
            ("LG0095", "[LambdaFunctionUrl] has no AuthType, which CreateFunctionUrlConfig requires; set AuthType = LambdaFunctionUrlAuthType.AwsIam (callers sign with IAM) or LambdaFunctionUrlAuthType.None (public)" + OnUrl));

    [Fact]
    public Task A_qualifier_without_aliases_says_so() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: Url + ", Qualifier = {|LG0097:\"live\"|})]"),
            ("LG0097", "Qualifier 'live' names no alias of this function (the method declares no [LambdaAlias]); declare [LambdaAlias(\"live\")] or remove Qualifier to put the URL on $LATEST" + OnUrl));

    [Fact]
    public Task A_qualifier_lists_the_declared_aliases() =>
        AnalyzerRunner.VerifyAsync(Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\")] [LambdaAlias(\"beta\")] " + Url + ", Qualifier = {|LG0097:\"prod\"|})]"),
            ("LG0097", "Qualifier 'prod' names no alias of this function (the declared aliases are 'live', 'beta'); declare [LambdaAlias(\"prod\")] or remove Qualifier to put the URL on $LATEST" + OnUrl));

    // LG0098, LG0099

    [Fact]
    public Task Aliases_that_differ_only_in_case_fire_at_the_later_one() =>
        AnalyzerRunner.VerifyAsync(Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\")] [LambdaAlias(\"beta\")] [LambdaAlias({|LG0098:\"LIVE\"|})]"),
            ("LG0098", "Alias 'LIVE' differs only in case from alias 'live'; their manifest files collide on Windows and macOS: use one spelling" + OnAlias));

    [Fact]
    public Task Publish_from_the_assembly_defaults_satisfies_aliases() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: "[LambdaAlias(\"live\")]", assembly: Defaults("Publish = true")));

    [Fact]
    public Task Publish_false_fires_at_every_alias() =>
        AnalyzerRunner.VerifyAsync(Handler("Publish = false", methodAttributes: "[LambdaAlias({|LG0099:\"live\"|})] [LambdaAlias({|LG0099:\"beta\"|})]"),
            ("LG0099", "Alias 'live' points at the version the deploy publishes, but Publish is not true, so no version is published; set Publish = true on [LambdaFunction]" + OnAlias),
            ("LG0099", "Alias 'beta' points at the version the deploy publishes, but Publish is not true, so no version is published; set Publish = true on [LambdaFunction]" + OnAlias));

    // LG0100 provisioned above reserved

    [Fact]
    public Task One_alias_above_the_reserved_concurrency_fires_at_its_value() =>
        AnalyzerRunner.VerifyAsync(Handler("Publish = true, ReservedConcurrentExecutions = 5", methodAttributes: "[LambdaAlias(\"live\", ProvisionedConcurrentExecutions = {|LG0100:6|})]"),
            ("LG0100", "Alias 'live' ProvisionedConcurrentExecutions 6 exceeds ReservedConcurrentExecutions 5; provisioned concurrency cannot exceed the function's reserved concurrency" + OnAlias));

    [Fact]
    public Task Provisioned_equal_to_reserved_is_silent_and_no_reserved_means_no_limit() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [LambdaAlias("live", ProvisionedConcurrentExecutions = 5)] [LambdaFunction(Publish = true, ReservedConcurrentExecutions = 5)] public static Stream A(Stream input) => input;
                [LambdaAlias("live", ProvisionedConcurrentExecutions = 500)] [LambdaFunction(Publish = true)] public static Stream B(Stream input) => input;
            """));

    // LG0103, LG0104

    [Fact]
    public Task Tenant_isolation_with_provisioned_concurrency_fires_at_the_alias_value() =>
        AnalyzerRunner.VerifyAsync(Handler("Publish = true", methodAttributes: "[LambdaAlias(\"live\", ProvisionedConcurrentExecutions = {|LG0104:2|})]",
                assembly: Defaults("TenantIsolationMode = LambdaTenantIsolationMode.PerTenant")),
            ("LG0104", "Alias 'live' ProvisionedConcurrentExecutions cannot be used with TenantIsolationMode 'PER_TENANT'; a tenant-isolated function does not support provisioned concurrency" + OnAlias));

    // LG0105, LG0106 destinations

    [Theory]
    [InlineData("OnSuccess", "arn:aws:dynamodb:us-east-1:123456789012:table/orders", "is an ARN of service 'dynamodb'; a destination is an SQS queue, an SNS topic, a Lambda function or an EventBridge event bus")]
    [InlineData("OnFailure", "arn:aws:kinesis:us-east-1:123456789012:stream/orders", "is an ARN of service 'kinesis'; a destination is an SQS queue, an SNS topic, a Lambda function or an EventBridge event bus, or an S3 bucket")]
    [InlineData("OnFailure", "kafka://broker", "is a Kafka destination, which only event source mappings use; an asynchronous invocation's destination is an SQS queue, an SNS topic, a Lambda function or an EventBridge event bus")]
    public Task Destinations_of_other_services_fire(string property, string arn, string message) =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: $"[LambdaAsyncInvoke({property} = {{|LG0105:\"{arn}\"|}})]"),
            ("LG0105", $"{property} '{arn}' {message}" + OnAsync));

    [Fact]
    public Task A_derived_function_name_as_its_own_destination_warns() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: "[LambdaAsyncInvoke(OnSuccess = {|LG0106:\"arn:aws:lambda:us-east-1:123456789012:function:Functions-Handle:live\"|})]"),
            ("LG0106", "OnSuccess 'arn:aws:lambda:us-east-1:123456789012:function:Functions-Handle:live' is this function itself: the record of each asynchronous invocation invokes it again, and every event starts a loop" + OnAsync));

    // LG0107, LG0108 CORS

    [Fact]
    public Task An_unlisted_method_and_a_lowercase_one_warn_at_their_items() =>
        AnalyzerRunner.VerifyAsync(Handler(methodAttributes: Url + ", AllowMethods = new[] { {|LG0108:\"TRACE\"|}, {|LG0108:\"delete\"|} })]"),
            ("LG0108", "AllowMethods 'TRACE' is not one of GET, PUT, HEAD, POST, PATCH, DELETE and *, the values CloudFormation lists" + OnUrl),
            ("LG0108", "AllowMethods 'delete' is not valid; the method is spelled 'DELETE'" + OnUrl));

    // LG0109 without [LambdaFunction]

    [Fact]
    public Task Each_attached_attribute_on_a_plain_method_warns_at_its_name() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [{|LG0109:LambdaFunctionUrl|}(AuthType = "bogus")]
                [{|LG0109:LambdaAsyncInvoke|}(MaximumRetryAttempts = 99)]
                [{|LG0109:LambdaAlias|}("1")]
                public static Stream Handle(Stream input) => input;
            """),
            ("LG0109", "[LambdaFunctionUrl] on Functions.Handle has no effect: the method has no [LambdaFunction], so no function is deployed from it; add [LambdaFunction] or remove [LambdaFunctionUrl]"),
            ("LG0109", "[LambdaAsyncInvoke] on Functions.Handle has no effect: the method has no [LambdaFunction], so no function is deployed from it; add [LambdaFunction] or remove [LambdaAsyncInvoke]"),
            ("LG0109", "[LambdaAlias] on Functions.Handle has no effect: the method has no [LambdaFunction], so no function is deployed from it; add [LambdaFunction] or remove [LambdaAlias]"));

    [Fact]
    public Task A_plain_method_without_attached_attributes_is_silent() =>
        AnalyzerRunner.VerifyAsync(Class("""
                [System.Obsolete] public static Stream Handle(Stream input) => input;
            """));
}
