using LambdaGen.Analyzers.Generation;
using LambdaGen.Build.Templates;
using LambdaGen.Testing;

namespace LambdaGen.Build.Tests.Templates;

/// <summary>Realistic handlers through the real generator, the compiled assembly and the task's exporter: the templates a
/// build writes.</summary>
internal static class TemplateSources
{
    private const string Role = "arn:aws:iam::123456789012:role/app";

    /// <summary>Every kind of setting a .zip function has, with the URL public, two aliases, async settings and reserved
    /// concurrency; and a second, plain function.</summary>
    public const string Rich = $$"""
        using System.IO;
        using LambdaGen;

        [assembly: LambdaDefaults(Role = "{{Role}}")]
        [assembly: LambdaTag("team", "orders")]

        namespace App;

        public static class Handlers
        {
            [LambdaFunction(FunctionName = "orders-api", Description = "Orders API", MemorySize = 1024, Timeout = 30,
                Architectures = new[] { "arm64" }, EphemeralStorage = 1024, Publish = true, ReservedConcurrentExecutions = 20,
                SubnetIds = new[] { "subnet-0a1b2c3d" }, SecurityGroupIds = new[] { "sg-0a1b2c3d" }, Ipv6AllowedForDualStack = true,
                DeadLetterTargetArn = "arn:aws:sqs:us-east-1:123456789012:orders-dlq", TracingMode = "Active",
                KMSKeyArn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                Layers = new[] { "arn:aws:lambda:us-east-1:123456789012:layer:shared:3" },
                SnapStart = "PublishedVersions", LogFormat = "JSON", ApplicationLogLevel = "INFO", SystemLogLevel = "WARN", LogGroup = "/aws/lambda/orders")]
            [LambdaEnvironment("MODE", "production")]
            [LambdaTag("cost-center", "42")]
            [LambdaFileSystem("arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0", "/mnt/data")]
            [LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.None, Qualifier = "live", InvokeMode = LambdaInvokeMode.ResponseStream,
                AllowOrigins = new[] { "https://shop.example.com" }, AllowMethods = new[] { "GET" }, MaxAge = 60)]
            [LambdaAlias("live", Description = "production", ProvisionedConcurrentExecutions = 2)]
            [LambdaAlias("blue-green")]
            [LambdaAsyncInvoke(MaximumRetryAttempts = 0, MaximumEventAgeInSeconds = 60,
                OnSuccess = "arn:aws:lambda:us-east-1:123456789012:function:audit", OnFailure = "arn:aws:events:us-east-1:123456789012:event-bus/default")]
            public static Stream Api(Stream input) => input;

            [LambdaFunction(FunctionName = "orders_api")]
            public static Stream Other(Stream input) => input;
        }
        """;

    /// <summary>A function with an SQS, a Kinesis (AT_TIMESTAMP) and a self-managed Kafka source.</summary>
    public const string EventSources = $$$"""
        using System.IO;
        using LambdaGen;

        [assembly: LambdaDefaults(Role = "{{{Role}}}")]

        namespace App;

        public static class Handlers
        {
            [LambdaFunction(FunctionName = "consumer")]
            [LambdaEventSource("arn:aws:sqs:us-east-1:123456789012:orders", BatchSize = 100, MaximumBatchingWindowInSeconds = 5,
                FilterPatterns = new[] { "{\"body\":{\"type\":[\"order\"]}}" }, ReportBatchItemFailures = true, MaximumConcurrency = 10,
                KMSKeyArn = "arn:aws:kms:us-east-1:123456789012:key/filters", Metrics = new[] { "EventCount" })]
            [LambdaEventSource("arn:aws:kinesis:us-east-1:123456789012:stream/clicks", StartingPosition = LambdaStartingPosition.AtTimestamp,
                StartingPositionTimestamp = "2026-12-01T00:00:00Z", ParallelizationFactor = 2, OnFailure = "arn:aws:sqs:us-east-1:123456789012:dlq")]
            [LambdaEventSource(KafkaBootstrapServers = new[] { "b-1.kafka.example.com:9092" }, Topics = new[] { "payments" },
                StartingPosition = LambdaStartingPosition.Latest, ConsumerGroupId = "payments-fn",
                SourceAccessConfigurations = new[] { "SASL_SCRAM_512_AUTH=arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka" })]
            public static Stream Consume(Stream input) => input;
        }
        """;

    /// <summary>An Image function and one on Lambda Managed Instances with durable execution.</summary>
    public const string ImageAndManaged = $$"""
        using System.IO;
        using LambdaGen;

        [assembly: LambdaDefaults(Role = "{{Role}}")]

        namespace App;

        public static class Handlers
        {
            [LambdaFunction(FunctionName = "renderer", PackageType = "Image", ImageCommand = new[] { "render" }, ImageWorkingDirectory = "/app", MemorySize = 2048)]
            public static Stream Render(Stream input) => input;

            [LambdaFunction(FunctionName = "fleet-worker", MemorySize = 4096,
                CapacityProviderArn = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet", PerExecutionEnvironmentMaxConcurrency = 8,
                ExecutionEnvironmentMemoryGiBPerVCpu = 4, DurableExecutionTimeout = 3600, DurableRetentionPeriodInDays = 7, Publish = true)]
            [LambdaAlias("live")]
            public static Stream Work(Stream input) => input;
        }
        """;

    /// <summary>Compiles <paramref name="source"/> with the generator and exports manifests and templates into
    /// <paramref name="directory"/>/lambda.</summary>
    public static ExportResult Export(string source, string directory, TemplateOptions options)
    {
        var run = GeneratorRunner.Run(new LambdaGenerator(), source);
        var assembly = Path.Combine(directory, "obj", "App.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(assembly)!);
        Microsoft.CodeAnalysis.Emit.EmitResult emit;
        using (var stream = File.Create(assembly))
        {
            emit = run.OutputCompilation.Emit(stream);
        }

        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var result = ManifestExporter.Export(assembly, Path.Combine(directory, "lambda"), templates: options);
        Assert.True(result.Success, string.Join("\n", result.Messages));
        return result;
    }

    public static readonly TemplateOptions Both = new(CloudFormation: true, Sam: true, SamCodeUri: "../publish");
}
