using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LambdaGen.Testing;

/// <summary>
/// A small AWSSDK.Lambda built from source for tests of SDK releases that lack members: the <c>CreateFunctionRequest</c>
/// surface the typed call uses (every path of the field table), as plain classes, without AWSSDK.Core. It is written from
/// /work/shared/reference/awssdk-lambda-v4-surface.md, like tests/AWSSDK.Lambda.Reference, and it compiles but is never
/// run.
/// </summary>
/// <remarks>
/// <see cref="WithoutDurableKmsKeyArn"/> stands for AWSSDK.Lambda 4.0.17.0. The aws-sdk-net changelog lists that release
/// on 2026-06-02 ("Adds configuration for tag propagation to Lambda-managed resources"). That is before the Lambda API
/// gained DurableConfig.KMSKeyArn on 2026-07-07, so that release has DurableConfig without KMSKeyArn. As in every v4
/// assembly, the identity version is 4.0.0.0 and the release is in AssemblyFileVersion.
/// </remarks>
public static class OlderAwsSdk
{
    /// <summary>The file version of <see cref="WithoutDurableKmsKeyArn"/>.</summary>
    public const string FileVersion = "4.0.17.0";

    private static readonly Lazy<MetadataReference> Older = new(() => Build(durableKmsKeyArn: false, FileVersion));
    // No file version: LambdaGen knows no release number for the first SDK with the member, and the test needs none.
    private static readonly Lazy<MetadataReference> Newer = new(() => Build(durableKmsKeyArn: true, fileVersion: null));

    /// <summary>AWSSDK.Lambda 4.0.17.0 as far as CreateFunction goes: DurableConfig has ExecutionTimeout and
    /// RetentionPeriodInDays, but no KMSKeyArn.</summary>
    public static MetadataReference WithoutDurableKmsKeyArn => Older.Value;

    /// <summary>The same surface with DurableConfig.KMSKeyArn, as in a release since 2026-07-07.</summary>
    public static MetadataReference WithDurableKmsKeyArn => Newer.Value;

    private static readonly Lazy<MetadataReference> WithoutUrl = new(() => Build(Source(durableKmsKeyArn: true, fileVersion: "4.0.5.0",
        clientMembers: OtherOperationsClient, model: OtherOperationsModel)));

    /// <summary>An AWSSDK.Lambda whose surface has the other operations a function declares, except CreateFunctionUrlConfig
    /// (no request type, no client method), and whose PutFunctionEventInvokeConfigRequest lacks DestinationConfig: the
    /// generator tests of an SDK that lacks a request type or a member of one (file version 4.0.5.0, made up: no real
    /// release lacks these, they are from 2019–2022).</summary>
    public static MetadataReference WithoutFunctionUrlConfig => WithoutUrl.Value;

    private const string OtherOperationsClient = """
                System.Threading.Tasks.Task<Amazon.Lambda.Model.PutFunctionConcurrencyResponse> PutFunctionConcurrencyAsync(Amazon.Lambda.Model.PutFunctionConcurrencyRequest request, System.Threading.CancellationToken cancellationToken = default);
                System.Threading.Tasks.Task<Amazon.Lambda.Model.CreateAliasResponse> CreateAliasAsync(Amazon.Lambda.Model.CreateAliasRequest request, System.Threading.CancellationToken cancellationToken = default);
                System.Threading.Tasks.Task<Amazon.Lambda.Model.PutProvisionedConcurrencyConfigResponse> PutProvisionedConcurrencyConfigAsync(Amazon.Lambda.Model.PutProvisionedConcurrencyConfigRequest request, System.Threading.CancellationToken cancellationToken = default);
                System.Threading.Tasks.Task<Amazon.Lambda.Model.PutFunctionEventInvokeConfigResponse> PutFunctionEventInvokeConfigAsync(Amazon.Lambda.Model.PutFunctionEventInvokeConfigRequest request, System.Threading.CancellationToken cancellationToken = default);
        """;

    private const string OtherOperationsModel = """
            public class PutFunctionConcurrencyRequest { public string FunctionName { get; set; } public int? ReservedConcurrentExecutions { get; set; } }
            public class PutFunctionConcurrencyResponse { }
            public class CreateAliasRequest
            {
                public string FunctionName { get; set; }
                public string FunctionVersion { get; set; }
                public string Name { get; set; }
                public string Description { get; set; }
            }
            public class CreateAliasResponse { }
            public class PutProvisionedConcurrencyConfigRequest
            {
                public string FunctionName { get; set; }
                public string Qualifier { get; set; }
                public int? ProvisionedConcurrentExecutions { get; set; }
            }
            public class PutProvisionedConcurrencyConfigResponse { }
            public class PutFunctionEventInvokeConfigRequest
            {
                public string FunctionName { get; set; }
                public string Qualifier { get; set; }
                public int? MaximumRetryAttempts { get; set; }
                public int? MaximumEventAgeInSeconds { get; set; }
            }
            public class PutFunctionEventInvokeConfigResponse { }
        """;

    /// <summary>The C# of the surface, with or without DurableConfig.KMSKeyArn, and with more client members and model
    /// types when given.</summary>
    public static string Source(bool durableKmsKeyArn, string? fileVersion, string clientMembers = "", string model = "") => $$"""
        [assembly: System.Reflection.AssemblyVersion("4.0.0.0")]
        {{(fileVersion is null ? "" : $"[assembly: System.Reflection.AssemblyFileVersion(\"{fileVersion}\")]")}}

        namespace Amazon.Lambda
        {
            public interface IAmazonLambda
            {
                System.Threading.Tasks.Task<Amazon.Lambda.Model.CreateFunctionResponse> CreateFunctionAsync(Amazon.Lambda.Model.CreateFunctionRequest request, System.Threading.CancellationToken cancellationToken = default);
        {{clientMembers}}
            }

            {{ConstantClassSource()}}
        }

        namespace Amazon.Lambda.Model
        {
            using System.Collections.Generic;

            public class FunctionCode { public string ZipFile { get; set; } }
            public class CreateFunctionResponse { public string FunctionArn { get; set; } }
            public class EphemeralStorage { public int? Size { get; set; } }
            public class Environment { public Dictionary<string, string> Variables { get; set; } }
            public class VpcConfig
            {
                public List<string> SubnetIds { get; set; }
                public List<string> SecurityGroupIds { get; set; }
                public bool? Ipv6AllowedForDualStack { get; set; }
            }
            public class DeadLetterConfig { public string TargetArn { get; set; } }
            public class TracingConfig { public Amazon.Lambda.TracingMode Mode { get; set; } }
            public class FileSystemConfig
            {
                public string Arn { get; set; }
                public string LocalMountPath { get; set; }
            }
            public class ImageConfig
            {
                public List<string> EntryPoint { get; set; }
                public List<string> Command { get; set; }
                public string WorkingDirectory { get; set; }
            }
            public class SnapStart { public Amazon.Lambda.SnapStartApplyOn ApplyOn { get; set; } }
            public class LoggingConfig
            {
                public Amazon.Lambda.LogFormat LogFormat { get; set; }
                public Amazon.Lambda.ApplicationLogLevel ApplicationLogLevel { get; set; }
                public Amazon.Lambda.SystemLogLevel SystemLogLevel { get; set; }
                public string LogGroup { get; set; }
            }
            public class TenancyConfig { public Amazon.Lambda.TenantIsolationMode TenantIsolationMode { get; set; } }
            public class CapacityProviderConfig { public LambdaManagedInstancesCapacityProviderConfig LambdaManagedInstancesCapacityProviderConfig { get; set; } }
            public class LambdaManagedInstancesCapacityProviderConfig
            {
                public string CapacityProviderArn { get; set; }
                public int? PerExecutionEnvironmentMaxConcurrency { get; set; }
                public double? ExecutionEnvironmentMemoryGiBPerVCpu { get; set; }
            }
            public class DurableConfig
            {
                public int? ExecutionTimeout { get; set; }
                public int? RetentionPeriodInDays { get; set; }
                {{(durableKmsKeyArn ? "public string KMSKeyArn { get; set; }" : "")}}
            }

            public class CreateFunctionRequest
            {
                public string FunctionName { get; set; }
                public FunctionCode Code { get; set; }
                public string Description { get; set; }
                public Amazon.Lambda.Runtime Runtime { get; set; }
                public string Handler { get; set; }
                public string Role { get; set; }
                public int? MemorySize { get; set; }
                public int? Timeout { get; set; }
                public List<string> Architectures { get; set; }
                public EphemeralStorage EphemeralStorage { get; set; }
                public Amazon.Lambda.PackageType PackageType { get; set; }
                public bool? Publish { get; set; }
                public Environment Environment { get; set; }
                public VpcConfig VpcConfig { get; set; }
                public DeadLetterConfig DeadLetterConfig { get; set; }
                public TracingConfig TracingConfig { get; set; }
                public string KMSKeyArn { get; set; }
                public List<string> Layers { get; set; }
                public List<FileSystemConfig> FileSystemConfigs { get; set; }
                public ImageConfig ImageConfig { get; set; }
                public string CodeSigningConfigArn { get; set; }
                public SnapStart SnapStart { get; set; }
                public LoggingConfig LoggingConfig { get; set; }
                public TenancyConfig TenancyConfig { get; set; }
                public CapacityProviderConfig CapacityProviderConfig { get; set; }
                public DurableConfig DurableConfig { get; set; }
                public Amazon.Lambda.FunctionVersionLatestPublished PublishTo { get; set; }
                public Dictionary<string, string> Tags { get; set; }
            }
        {{model}}
        }
        """;

    /// <summary>The ConstantClass "enums" the typed call names, each with <c>FindValue</c> as in the SDK.</summary>
    private static string ConstantClassSource() => string.Concat(ConstantClasses.Select(name =>
        $"public sealed class {name} {{ private {name}(string value) {{ Value = value; }} public string Value {{ get; }} public static {name} FindValue(string value) => new {name}(value); }}\n"));

    private static readonly string[] ConstantClasses =
    {
        "Runtime", "PackageType", "TracingMode", "SnapStartApplyOn", "LogFormat", "ApplicationLogLevel", "SystemLogLevel",
        "TenantIsolationMode", "FunctionVersionLatestPublished",
    };

    private static MetadataReference Build(bool durableKmsKeyArn, string? fileVersion) => Build(Source(durableKmsKeyArn, fileVersion));

    private static MetadataReference Build(string source)
    {
        // Nullable-oblivious like the real package, so consumers see no annotations.
        var compilation = CSharpCompilation.Create("AWSSDK.Lambda",
            new[] { CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions) },
            Basic.Reference.Assemblies.ReferenceAssemblies.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, deterministic: true));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The older AWSSDK.Lambda surface does not compile:\n" + string.Join("\n", errors));
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
