namespace LambdaGen.Generator.Tests.Harness;

/// <summary>
/// Realistic projects used by the snapshot, typed-call and CLI tests. Together they set every
/// <c>[LambdaFunction]</c> property, every <c>[assembly: LambdaDefaults]</c> property and every MSBuild property
/// at least once.
/// </summary>
public static class TestCases
{
    /// <summary>Every zip-relevant [LambdaFunction] property, environment/tags at both levels with overrides, a file system,
    /// assembly defaults beneath it, an MSBuild name prefix, and a second handler that takes everything from the defaults.</summary>
    public const string OrdersSource = """
        using System.IO;
        using System.Threading.Tasks;
        using LambdaGen;

        [assembly: LambdaDefaults(Runtime = LambdaRuntime.Dotnet8, MemorySize = 256, Timeout = 15,
            Architectures = new[] { LambdaArchitecture.X86_64 }, Role = "arn:aws:iam::123456789012:role/orders-default",
            TracingMode = LambdaTracingMode.PassThrough, LogFormat = LambdaLogFormat.Text)]
        [assembly: LambdaEnvironment("STAGE", "dev")]
        [assembly: LambdaEnvironment("LOG_LEVEL", "info")]
        [assembly: LambdaTag("team", "platform")]
        [assembly: LambdaTag("cost-center", "1234")]

        namespace Contoso.Orders
        {
            /// <summary>Order handlers.</summary>
            public sealed class OrderFunctions
            {
                [LambdaFunction(
                    FunctionName = "orders-create",
                    Description = "Creates an order",
                    Handler = "Contoso.Orders::Contoso.Orders.OrderFunctions::Create",
                    Runtime = LambdaRuntime.Dotnet10,
                    MemorySize = 1024,
                    Timeout = 30,
                    Architectures = new[] { LambdaArchitecture.Arm64 },
                    EphemeralStorage = 2048,
                    Role = "arn:aws:iam::123456789012:role/orders-role",
                    KMSKeyArn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                    Layers = new[] { "arn:aws:lambda:us-east-1:123456789012:layer:shared:3", "arn:aws:lambda:us-east-1:123456789012:layer:otel:7" },
                    TracingMode = LambdaTracingMode.Active,
                    DeadLetterTargetArn = "arn:aws:sqs:us-east-1:123456789012:orders-dlq",
                    SubnetIds = new[] { "subnet-0a1b2c3d", "subnet-4e5f6a7b" },
                    SecurityGroupIds = new[] { "sg-0123456789abcdef0" },
                    Ipv6AllowedForDualStack = true,
                    PackageType = LambdaPackageType.Zip,
                    CodeSigningConfigArn = "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0",
                    Publish = true,
                    SnapStart = LambdaSnapStart.PublishedVersions,
                    LogFormat = LambdaLogFormat.Json,
                    ApplicationLogLevel = LambdaLogLevel.Info,
                    SystemLogLevel = LambdaLogLevel.Warn,
                    LogGroup = "/aws/lambda/orders")]
                [LambdaEnvironment("STAGE", "prod")]
                [LambdaEnvironment("TABLE_NAME", "orders")]
                [LambdaTag("team", "orders")]
                [LambdaTag("service", "orders-api")]
                [LambdaFileSystem("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0", "/mnt/orders")]
                public Task<Stream> Create(Stream input) => Task.FromResult(input);

                [LambdaFunction(Description = "Lists orders")]
                public string List(string input) => input;
            }
        }
        """;

    /// <summary>A container-image function named by ARN (the prefix does not apply), and a zip function that gets the prefix.</summary>
    public const string MediaSource = """
        using LambdaGen;

        namespace Contoso.Media
        {
            /// <summary>Media handlers.</summary>
            public static class Thumbnails
            {
                [LambdaFunction(
                    FunctionName = "arn:aws:lambda:us-east-1:123456789012:function:thumbnailer",
                    PackageType = LambdaPackageType.Image,
                    ImageEntryPoint = new[] { "/lambda-entrypoint.sh" },
                    ImageCommand = ["Contoso.Media::Contoso.Media.Thumbnails::Render"],
                    ImageWorkingDirectory = "/var/task",
                    Role = "arn:aws:iam::123456789012:role/media",
                    MemorySize = 2048,
                    Timeout = 120,
                    Architectures = [LambdaArchitecture.Arm64])]
                [LambdaEnvironment("BUCKET", "thumbnails")]
                public static string Render(string input) => input;

                [LambdaFunction(FunctionName = "thumbnail-cleanup", Role = "arn:aws:iam::123456789012:role/media", Publish = false)]
                public static void Cleanup(string input) { }
            }
        }
        """;

    /// <summary>Every [assembly: LambdaDefaults] property, inherited by handlers that set almost nothing.</summary>
    public const string AssemblyDefaultsSource = """
        using LambdaGen;

        [assembly: LambdaDefaults(
            Runtime = LambdaRuntime.Dotnet10,
            MemorySize = 768,
            Timeout = 45,
            Architectures = new[] { LambdaArchitecture.Arm64 },
            EphemeralStorage = 1024,
            Role = "arn:aws:iam::123456789012:role/inventory",
            KMSKeyArn = "arn:aws:kms:us-east-1:123456789012:key/inventory",
            Layers = new[] { "arn:aws:lambda:us-east-1:123456789012:layer:common:1" },
            TracingMode = LambdaTracingMode.Active,
            DeadLetterTargetArn = "arn:aws:sns:us-east-1:123456789012:inventory-dlq",
            SubnetIds = new[] { "subnet-11111111" },
            SecurityGroupIds = new[] { "sg-22222222" },
            Ipv6AllowedForDualStack = false,
            PackageType = LambdaPackageType.Zip,
            CodeSigningConfigArn = "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-inventory",
            Publish = true,
            SnapStart = LambdaSnapStart.None,
            LogFormat = LambdaLogFormat.Json,
            ApplicationLogLevel = LambdaLogLevel.Debug,
            SystemLogLevel = LambdaLogLevel.Info,
            LogGroup = "/aws/lambda/inventory")]
        [assembly: LambdaTag("app", "inventory")]

        namespace Contoso.Inventory
        {
            /// <summary>Inventory handlers.</summary>
            public class StockFunctions
            {
                [LambdaFunction]
                public string Reserve(string input) => input;

                [LambdaFunction(MemorySize = 128, Layers = new string[0], Architectures = null)]
                [LambdaTag("app", "inventory-release")]
                public string Release(string input) => input;
            }
        }
        """;

    /// <summary>Defaults only from MSBuild properties, a handler in the global namespace, a nested type, RootNamespace with a '-'.</summary>
    public const string MsBuildDefaultsSource = """
        using LambdaGen;

        /// <summary>A handler type in the global namespace.</summary>
        public class BillingHandler
        {
            [LambdaFunction]
            public string Charge(string input) => input;

            /// <summary>A nested handler type.</summary>
            public class Refunds
            {
                [LambdaFunction(Timeout = 5)]
                public string Issue(string input) => input;
            }
        }
        """;

    /// <summary>The image properties of [assembly: LambdaDefaults]: every handler is a container image.</summary>
    public const string ImageDefaultsSource = """
        using LambdaGen;

        [assembly: LambdaDefaults(
            PackageType = LambdaPackageType.Image,
            ImageEntryPoint = new[] { "/lambda-entrypoint.sh" },
            ImageCommand = new[] { "Contoso.Reports::Contoso.Reports.ReportFunctions::Daily" },
            ImageWorkingDirectory = "/var/task",
            Role = "arn:aws:iam::123456789012:role/reports")]
        [assembly: LambdaEnvironment("REPORTS_BUCKET", "reports")]

        namespace Contoso.Reports
        {
            /// <summary>Report handlers.</summary>
            public class ReportFunctions
            {
                [LambdaFunction]
                public string Daily(string input) => input;

                [LambdaFunction(ImageCommand = new[] { "Contoso.Reports::Contoso.Reports.ReportFunctions::Weekly" }, ImageWorkingDirectory = "/opt/app")]
                [LambdaEnvironment("REPORTS_BUCKET", "weekly-reports")]
                public string Weekly(string input) => input;
            }
        }
        """;

    /// <summary>Lambda Managed Instances: the capacity provider from the LambdaCapacityProviderArn MSBuild property, the
    /// instance settings and PublishTo from [assembly: LambdaDefaults], and a handler that overrides all four. Memory stays at
    /// 2048 MB or more (the smallest LMI function).</summary>
    public const string ManagedInstancesSource = """
        using LambdaGen;

        [assembly: LambdaDefaults(
            Runtime = LambdaRuntime.Dotnet10,
            MemorySize = 4096,
            PerExecutionEnvironmentMaxConcurrency = 16,
            ExecutionEnvironmentMemoryGiBPerVCpu = 4,
            PublishTo = LambdaPublishTo.LatestPublished)]

        namespace Contoso.Checkout
        {
            /// <summary>Checkout handlers on a capacity provider.</summary>
            public class CheckoutFunctions
            {
                [LambdaFunction(
                    FunctionName = "checkout-submit",
                    MemorySize = 8192,
                    Architectures = new[] { LambdaArchitecture.Arm64 },
                    CapacityProviderArn = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:checkout-graviton",
                    PerExecutionEnvironmentMaxConcurrency = 64,
                    ExecutionEnvironmentMemoryGiBPerVCpu = 8.0,
                    PublishTo = LambdaPublishTo.LatestPublished)]
                public string Submit(string input) => input;

                [LambdaFunction(FunctionName = "checkout-audit")]
                public string Audit(string input) => input;
            }
        }
        """;

    /// <summary>Durable functions on a capacity provider: the durable settings and the capacity provider from
    /// [assembly: LambdaDefaults], and a handler that overrides the three durable settings.</summary>
    public const string WorkflowsSource = """
        using LambdaGen;

        [assembly: LambdaDefaults(
            Runtime = LambdaRuntime.Dotnet10,
            MemorySize = 2048,
            Role = "arn:aws:iam::123456789012:role/workflows",
            CapacityProviderArn = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:workflows",
            DurableExecutionTimeout = 86400,
            DurableRetentionPeriodInDays = 30,
            DurableKMSKeyArn = "arn:aws:kms:us-east-1:123456789012:key/workflows-state")]

        namespace Contoso.Workflows
        {
            /// <summary>Approval workflow handlers.</summary>
            public class ApprovalFunctions
            {
                [LambdaFunction(
                    FunctionName = "approval-run",
                    DurableExecutionTimeout = 31622400,
                    DurableRetentionPeriodInDays = 90,
                    DurableKMSKeyArn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
                public string Run(string input) => input;

                [LambdaFunction(FunctionName = "approval-remind", DurableExecutionTimeout = 1, DurableRetentionPeriodInDays = 1)]
                public string Remind(string input) => input;
            }
        }
        """;

    /// <summary>Tenant isolation: from [assembly: LambdaDefaults] for one handler, on the method for the other.</summary>
    public const string TenantsSource = """
        using LambdaGen;

        [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/tenants", TenantIsolationMode = LambdaTenantIsolationMode.PerTenant)]

        namespace Contoso.Tenants
        {
            /// <summary>Per-tenant handlers.</summary>
            public class TenantFunctions
            {
                [LambdaFunction(FunctionName = "tenant-profile", TenantIsolationMode = LambdaTenantIsolationMode.PerTenant, Timeout = 10)]
                public string Profile(string input) => input;

                [LambdaFunction(FunctionName = "tenant-usage")]
                public string Usage(string input) => input;
            }
        }
        """;

    /// <summary>Every property of [LambdaFunctionUrl], [LambdaAlias] and [LambdaAsyncInvoke], and reserved concurrency on the
    /// method and in [assembly: LambdaDefaults]: a function with a URL on its alias, two aliases (one with provisioned
    /// concurrency, names that are not C# identifiers) and an asynchronous invocation config; a second function with a
    /// public buffered URL, only a retry count for asynchronous calls, and the assembly's reserved concurrency.</summary>
    public const string StorefrontSource = """
        using LambdaGen;

        [assembly: LambdaDefaults(Runtime = LambdaRuntime.Dotnet8, Role = "arn:aws:iam::123456789012:role/storefront", ReservedConcurrentExecutions = 20)]

        namespace Contoso.Storefront
        {
            /// <summary>Storefront handlers.</summary>
            public class StorefrontFunctions
            {
                [LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.AwsIam, InvokeMode = LambdaInvokeMode.ResponseStream, Qualifier = "live",
                    AllowOrigins = new[] { "https://shop.example.com", "https://admin.example.com" }, AllowMethods = new[] { "GET", "POST" },
                    AllowHeaders = new[] { "content-type" }, ExposeHeaders = new[] { "x-request-id" }, AllowCredentials = true, MaxAge = 300)]
                [LambdaAlias("live", Description = "production traffic", ProvisionedConcurrentExecutions = 5)]
                [LambdaAlias("2024-q1_canary", Description = "")]
                [LambdaAsyncInvoke(MaximumRetryAttempts = 1, MaximumEventAgeInSeconds = 3600,
                    OnSuccess = "arn:aws:sqs:us-east-1:123456789012:storefront-done", OnFailure = "arn:aws:sns:us-east-1:123456789012:storefront-failed")]
                [LambdaFunction(FunctionName = "storefront-api", Publish = true, ReservedConcurrentExecutions = 50)]
                public string Api(string input) => input;

                [LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.None, InvokeMode = LambdaInvokeMode.Buffered)]
                [LambdaAsyncInvoke(MaximumRetryAttempts = 0)]
                [LambdaFunction(FunctionName = "storefront-webhook")]
                public string Webhook(string input) => input;
            }
        }
        """;

    /// <summary>The MSBuild properties of <see cref="ManagedInstancesSource"/>: a role and the project's capacity provider.</summary>
    public static Dictionary<string, string> ManagedInstancesProperties()
    {
        var properties = GeneratorHarness.DefaultProperties("Contoso.Checkout");
        properties["build_property.LambdaRole"] = "arn:aws:iam::123456789012:role/checkout";
        properties["build_property.LambdaCapacityProviderArn"] = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:checkout-shared";
        return properties;
    }

    public static Dictionary<string, string> MsBuildProperties()
    {
        var properties = GeneratorHarness.DefaultProperties("Contoso-Billing.Functions");
        properties["build_property.LambdaRole"] = "arn:aws:iam::123456789012:role/billing";
        properties["build_property.LambdaRuntime"] = "dotnet8";
        properties["build_property.LambdaArchitecture"] = "arm64";
        properties["build_property.LambdaMemorySize"] = "512";
        properties["build_property.LambdaTimeout"] = " 60 ";
        properties["build_property.LambdaFunctionNamePrefix"] = "staging-";
        properties["build_property.LambdaMaxMemorySize"] = "3008";
        properties["build_property.LambdaReservedConcurrentExecutions"] = "10";
        // Read by the rules only (region of ARNs, bucket name); the output does not change.
        properties["build_property.LambdaRegion"] = "us-east-1";
        properties["build_property.LambdaS3Bucket"] = "contoso-billing-artifacts";
        return properties;
    }

    public static Dictionary<string, string> PrefixProperties(string prefix = "dev-")
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.LambdaFunctionNamePrefix"] = prefix;
        properties["build_property.LambdaMemorySize"] = "512";
        return properties;
    }

    /// <summary>The named cases; <paramref name="awsSdk"/> decides whether AWSSDK.Lambda is referenced.</summary>
    public static GeneratorInput Get(string name, bool awsSdk) => name switch
    {
        "Orders" => GeneratorInput.Of(OrdersSource, awsSdk, PrefixProperties()),
        "Media" => GeneratorInput.Of(MediaSource, awsSdk, PrefixProperties()) with { AssemblyName = "Contoso.Media" },
        "AssemblyDefaults" => GeneratorInput.Of(AssemblyDefaultsSource, awsSdk) with { AssemblyName = "Contoso.Inventory" },
        "ImageDefaults" => GeneratorInput.Of(ImageDefaultsSource, awsSdk) with { AssemblyName = "Contoso.Reports" },
        "MsBuildDefaults" => GeneratorInput.Of(MsBuildDefaultsSource, awsSdk, MsBuildProperties()) with { AssemblyName = "Contoso.Billing" },
        "ManagedInstances" => GeneratorInput.Of(ManagedInstancesSource, awsSdk, ManagedInstancesProperties()) with { AssemblyName = "Contoso.Checkout" },
        "Workflows" => GeneratorInput.Of(WorkflowsSource, awsSdk) with { AssemblyName = "Contoso.Workflows" },
        "Tenants" => GeneratorInput.Of(TenantsSource, awsSdk) with { AssemblyName = "Contoso.Tenants" },
        "Storefront" => GeneratorInput.Of(StorefrontSource, awsSdk, GeneratorHarness.DefaultProperties("Contoso.Storefront")) with { AssemblyName = "Contoso.Storefront" },
        "EventSources" => GeneratorInput.Of(EventSourcesSource, awsSdk, GeneratorHarness.DefaultProperties("Contoso.Streams")) with { AssemblyName = "Contoso.Streams" },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static readonly string[] Names = { "Orders", "Media", "AssemblyDefaults", "ImageDefaults", "MsBuildDefaults", "ManagedInstances", "Workflows", "Tenants", "Storefront", "EventSources" };

    /// <summary>[LambdaEventSource]: every member of CreateEventSourceMapping on some source of each kind.</summary>
    private const string EventSourcesSource = """
        using System.IO;
        using LambdaGen;
        [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/streams")]
        namespace Contoso.Streams;
        public class Consumers
        {
            [LambdaFunction(FunctionName = "streams")]
            [LambdaEventSource("arn:aws:sqs:us-east-1:123456789012:orders", BatchSize = 100, MaximumBatchingWindowInSeconds = 5, Enabled = false,
                FilterPatterns = new[] { "{\"body\":{\"type\":[\"order\"]}}" }, ReportBatchItemFailures = true, MaximumConcurrency = 10,
                KMSKeyArn = "arn:aws:kms:us-east-1:123456789012:key/filters", SystemLogLevel = "INFO", Metrics = new[] { "EventCount", "ErrorCount" })]
            [LambdaEventSource("arn:aws:kinesis:us-east-1:123456789012:stream/clicks", StartingPosition = LambdaStartingPosition.AtTimestamp,
                StartingPositionTimestamp = "2026-12-01T00:00:00Z", BatchSize = 500, ParallelizationFactor = 4, MaximumRetryAttempts = 3,
                MaximumRecordAgeInSeconds = 3600, BisectBatchOnFunctionError = true, TumblingWindowInSeconds = 60,
                OnFailure = "arn:aws:sqs:us-east-1:123456789012:clicks-dlq")]
            [LambdaEventSource("arn:aws:kafka:us-east-1:123456789012:cluster/events/1a2b3c4d-1234-5678-9abc-def012345678-1", Topics = new[] { "orders" },
                StartingPosition = LambdaStartingPosition.TrimHorizon, ConsumerGroupId = "orders-fn", MinimumPollers = 1, MaximumPollers = 3, PollerGroupName = "shared")]
            [LambdaEventSource(KafkaBootstrapServers = new[] { "b-1.kafka.example.com:9092" }, Topics = new[] { "payments" },
                StartingPosition = LambdaStartingPosition.Latest, ConsumerGroupId = "payments-fn",
                SourceAccessConfigurations = new[] { "SASL_SCRAM_512_AUTH=arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka" })]
            [LambdaEventSource("arn:aws:mq:us-east-1:123456789012:broker:orders-broker:b-1234", Queues = new[] { "orders" },
                SourceAccessConfigurations = new[] { "BASIC_AUTH=arn:aws:secretsmanager:us-east-1:123456789012:secret:mq" })]
            [LambdaEventSource("arn:aws:rds:us-east-1:123456789012:cluster:docs", DatabaseName = "shop", CollectionName = "orders", FullDocument = "UpdateLookup",
                StartingPosition = LambdaStartingPosition.Latest)]
            public static Stream Consume(Stream input) => input;
        }
        """;

    public static IEnumerable<object[]> NamesData() => Names.Select(n => new object[] { n });
}
