namespace LambdaGen.Core.Rules;

/// <summary>
/// One rule: its ID, what it checks, how severe it is by default and where the fact comes from.
/// The analyzer builds its diagnostic descriptors from these; <c>analyzers.md</c> documents each one.
/// </summary>
public sealed class Rule
{
    /// <summary>The rules' page; the address comes from the MSBuild property LambdaGenDocsUrl (Directory.Build.props).</summary>
    public const string HelpBaseUri = ProjectLinks.Docs + "analyzers.md#";

    internal Rule(string id, string title, RuleSeverity severity, string category, string field, string source, string description)
    {
        Id = id;
        Title = title;
        Severity = severity;
        Category = category;
        Field = field;
        Source = source;
        Description = description;
    }

    public string Id { get; }
    public string Title { get; }
    public RuleSeverity Severity { get; }
    /// <summary>One of <see cref="RuleCategories"/>.</summary>
    public string Category { get; }
    /// <summary>The attribute property or concept the rule is about.</summary>
    public string Field { get; }
    /// <summary>Where the constraint is documented or observed (seed doc, service model, service behaviour, .NET).</summary>
    public string Source { get; }
    public string Description { get; }
    public string HelpLink => HelpBaseUri + Id.ToLowerInvariant();

    public override string ToString() => Id;
}

public static class RuleCategories
{
    public const string Configuration = "LambdaGen.Configuration";
    public const string Compatibility = "LambdaGen.Compatibility";
    public const string Handler = "LambdaGen.Handler";
    public const string Security = "LambdaGen.Security";
}

/// <summary>Where the facts come from (see ../shared/reference/createfunction-constraints.md).</summary>
public static class FactSources
{
    public const string Doc2022 = "CreateFunction API reference, 2022";
    public const string Doc2020 = "CreateFunction API reference, 2020";
    public const string Model = "current Lambda service model (2026-07)";
    public const string Service = "service-side behaviour (errors observed from Lambda)";
    public const string Lifecycle = "Lambda runtime lifecycle table (snapshot 2026-12-07)";
    public const string DotNet = ".NET Lambda runtime client";
    public const string LambdaGen = "LambdaGen (project consistency)";

    // AWS pages the service rules cite (research of 2026-12, /work/research-13.md). A rule whose fact no AWS page states
    // is a warning, and its description says so.
    public const string MemoryPage = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html";
    public const string QuotasPage = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html";
    public const string ManagedInstancesPage = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances.html";
    public const string ManagedInstancesBestPracticesPage = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-best-practices.html";
    public const string ManagedInstancesRuntimesPage = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html";
    public const string SamCapacityProviderConfigPage = "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-capacityproviderconfig.html";
    public const string CdkCapacityProviderFunctionOptionsPage = "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda.CapacityProviderFunctionOptions.html";
    public const string DurableRuntimesPage = "https://docs.aws.amazon.com/lambda/latest/dg/durable-supported-runtimes.html";
    public const string CdkTenancyConfigPage = "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda.TenancyConfig.html";
    public const string VpcConfigPage = "https://docs.aws.amazon.com/lambda/latest/dg/API_VpcConfig.html";
    public const string SnapStartApiPage = "https://docs.aws.amazon.com/lambda/latest/dg/API_SnapStart.html";
    public const string SnapStartPage = "https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html";
    public const string LayersPage = "https://docs.aws.amazon.com/lambda/latest/dg/adding-layers.html";
    public const string CreateFunctionPage = "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html";
    public const string BucketNamingPage = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html";

    // Issue 14 (/work/research-14.md): the other operations of a function.
    public const string CreateFunctionUrlConfigPage = "https://docs.aws.amazon.com/lambda/latest/dg/API_CreateFunctionUrlConfig.html";
    public const string UrlsAuthPage = "https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html";
    public const string UrlsConfigurationPage = "https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html";
    public const string CfnUrlCorsPage = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-url-cors.html";
    public const string FetchCorsCredentialsPage = "https://fetch.spec.whatwg.org/#cors-protocol-and-credentials";
    public const string CreateAliasPage = "https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html";
    public const string ProvisionedConcurrencyPage = "https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html";
    public const string ConcurrencyPage = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html";
    public const string PutFunctionConcurrencyPage = "https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionConcurrency.html";
    public const string AsyncDestinationsPage = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html";
    public const string EventInvokeConfigPage = "https://docs.aws.amazon.com/lambda/latest/api/API_FunctionEventInvokeConfig.html";
    public const string CreateEventSourceMappingPage = "https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html";
    public const string SqsParametersPage = "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html";
    public const string KinesisParametersPage = "https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parameters.html";
    public const string DynamoDbParametersPage = "https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html";
    public const string MskParametersPage = "https://docs.aws.amazon.com/lambda/latest/dg/msk-esm-parameters.html";
    public const string KafkaParametersPage = "https://docs.aws.amazon.com/lambda/latest/dg/kafka-esm-parameters.html";
    public const string MqParametersPage = "https://docs.aws.amazon.com/lambda/latest/dg/services-mq-params.html";
    public const string DocumentDbParametersPage = "https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html";
    public const string EventFilteringPage = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html";
    public const string DestinationConfigPage = "https://docs.aws.amazon.com/lambda/latest/api/API_DestinationConfig.html";
    public const string SqsFifoPage = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-understanding-logic.html";
}
