// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md. Compile-and-run only: no marshalling, no HTTP.

using System.Collections.Generic;
using Amazon.Runtime;

// The five operations whose output shape is FunctionConfiguration each get their own flattened
// response class with identical properties (per the doc); FunctionConfiguration itself is the model
// class used inside other responses (e.g. ListFunctionsResponse.Functions in the real package).
// Collections stay null unless AWSConfigs.InitializeCollections is true, as in v4.
namespace Amazon.Lambda.Model;

/// <summary>Lambda FunctionConfiguration shape.</summary>
public partial class FunctionConfiguration
{
    public List<string> Architectures { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;
    public CapacityProviderConfig CapacityProviderConfig { get; set; }
    public string CodeSha256 { get; set; }
    public long? CodeSize { get; set; }
    public string ConfigSha256 { get; set; }
    public DeadLetterConfig DeadLetterConfig { get; set; }
    public string Description { get; set; }
    public DurableConfig DurableConfig { get; set; }
    public EnvironmentResponse Environment { get; set; }
    public EphemeralStorage EphemeralStorage { get; set; }
    public List<FileSystemConfig> FileSystemConfigs { get; set; } = AWSConfigs.InitializeCollections ? new List<FileSystemConfig>() : null;
    public string FunctionArn { get; set; }
    public string FunctionName { get; set; }
    public string Handler { get; set; }
    public ImageConfigResponse ImageConfigResponse { get; set; }
    public string KMSKeyArn { get; set; }
    public string LastModified { get; set; }
    public LastUpdateStatus LastUpdateStatus { get; set; }
    public string LastUpdateStatusReason { get; set; }
    public LastUpdateStatusReasonCode LastUpdateStatusReasonCode { get; set; }
    public List<Layer> Layers { get; set; } = AWSConfigs.InitializeCollections ? new List<Layer>() : null;
    public LoggingConfig LoggingConfig { get; set; }
    public string MasterArn { get; set; }
    public int? MemorySize { get; set; }
    public PackageType PackageType { get; set; }
    public string RevisionId { get; set; }
    public string Role { get; set; }
    public Runtime Runtime { get; set; }
    public RuntimeVersionConfig RuntimeVersionConfig { get; set; }
    public string SigningJobArn { get; set; }
    public string SigningProfileVersionArn { get; set; }
    public SnapStartResponse SnapStart { get; set; }
    public State State { get; set; }
    public string StateReason { get; set; }
    public StateReasonCode StateReasonCode { get; set; }
    public TenancyConfig TenancyConfig { get; set; }
    public int? Timeout { get; set; }
    public TracingConfigResponse TracingConfig { get; set; }
    public string Version { get; set; }
    public VpcConfigDetail VpcConfig { get; set; }
}

/// <summary>Lambda FunctionConfiguration shape (response of CreateFunction).</summary>
public partial class CreateFunctionResponse : AmazonWebServiceResponse
{
    public List<string> Architectures { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;
    public CapacityProviderConfig CapacityProviderConfig { get; set; }
    public string CodeSha256 { get; set; }
    public long? CodeSize { get; set; }
    public string ConfigSha256 { get; set; }
    public DeadLetterConfig DeadLetterConfig { get; set; }
    public string Description { get; set; }
    public DurableConfig DurableConfig { get; set; }
    public EnvironmentResponse Environment { get; set; }
    public EphemeralStorage EphemeralStorage { get; set; }
    public List<FileSystemConfig> FileSystemConfigs { get; set; } = AWSConfigs.InitializeCollections ? new List<FileSystemConfig>() : null;
    public string FunctionArn { get; set; }
    public string FunctionName { get; set; }
    public string Handler { get; set; }
    public ImageConfigResponse ImageConfigResponse { get; set; }
    public string KMSKeyArn { get; set; }
    public string LastModified { get; set; }
    public LastUpdateStatus LastUpdateStatus { get; set; }
    public string LastUpdateStatusReason { get; set; }
    public LastUpdateStatusReasonCode LastUpdateStatusReasonCode { get; set; }
    public List<Layer> Layers { get; set; } = AWSConfigs.InitializeCollections ? new List<Layer>() : null;
    public LoggingConfig LoggingConfig { get; set; }
    public string MasterArn { get; set; }
    public int? MemorySize { get; set; }
    public PackageType PackageType { get; set; }
    public string RevisionId { get; set; }
    public string Role { get; set; }
    public Runtime Runtime { get; set; }
    public RuntimeVersionConfig RuntimeVersionConfig { get; set; }
    public string SigningJobArn { get; set; }
    public string SigningProfileVersionArn { get; set; }
    public SnapStartResponse SnapStart { get; set; }
    public State State { get; set; }
    public string StateReason { get; set; }
    public StateReasonCode StateReasonCode { get; set; }
    public TenancyConfig TenancyConfig { get; set; }
    public int? Timeout { get; set; }
    public TracingConfigResponse TracingConfig { get; set; }
    public string Version { get; set; }
    public VpcConfigDetail VpcConfig { get; set; }
}

/// <summary>Lambda FunctionConfiguration shape (response of GetFunctionConfiguration).</summary>
public partial class GetFunctionConfigurationResponse : AmazonWebServiceResponse
{
    public List<string> Architectures { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;
    public CapacityProviderConfig CapacityProviderConfig { get; set; }
    public string CodeSha256 { get; set; }
    public long? CodeSize { get; set; }
    public string ConfigSha256 { get; set; }
    public DeadLetterConfig DeadLetterConfig { get; set; }
    public string Description { get; set; }
    public DurableConfig DurableConfig { get; set; }
    public EnvironmentResponse Environment { get; set; }
    public EphemeralStorage EphemeralStorage { get; set; }
    public List<FileSystemConfig> FileSystemConfigs { get; set; } = AWSConfigs.InitializeCollections ? new List<FileSystemConfig>() : null;
    public string FunctionArn { get; set; }
    public string FunctionName { get; set; }
    public string Handler { get; set; }
    public ImageConfigResponse ImageConfigResponse { get; set; }
    public string KMSKeyArn { get; set; }
    public string LastModified { get; set; }
    public LastUpdateStatus LastUpdateStatus { get; set; }
    public string LastUpdateStatusReason { get; set; }
    public LastUpdateStatusReasonCode LastUpdateStatusReasonCode { get; set; }
    public List<Layer> Layers { get; set; } = AWSConfigs.InitializeCollections ? new List<Layer>() : null;
    public LoggingConfig LoggingConfig { get; set; }
    public string MasterArn { get; set; }
    public int? MemorySize { get; set; }
    public PackageType PackageType { get; set; }
    public string RevisionId { get; set; }
    public string Role { get; set; }
    public Runtime Runtime { get; set; }
    public RuntimeVersionConfig RuntimeVersionConfig { get; set; }
    public string SigningJobArn { get; set; }
    public string SigningProfileVersionArn { get; set; }
    public SnapStartResponse SnapStart { get; set; }
    public State State { get; set; }
    public string StateReason { get; set; }
    public StateReasonCode StateReasonCode { get; set; }
    public TenancyConfig TenancyConfig { get; set; }
    public int? Timeout { get; set; }
    public TracingConfigResponse TracingConfig { get; set; }
    public string Version { get; set; }
    public VpcConfigDetail VpcConfig { get; set; }
}

/// <summary>Lambda FunctionConfiguration shape (response of UpdateFunctionCode).</summary>
public partial class UpdateFunctionCodeResponse : AmazonWebServiceResponse
{
    public List<string> Architectures { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;
    public CapacityProviderConfig CapacityProviderConfig { get; set; }
    public string CodeSha256 { get; set; }
    public long? CodeSize { get; set; }
    public string ConfigSha256 { get; set; }
    public DeadLetterConfig DeadLetterConfig { get; set; }
    public string Description { get; set; }
    public DurableConfig DurableConfig { get; set; }
    public EnvironmentResponse Environment { get; set; }
    public EphemeralStorage EphemeralStorage { get; set; }
    public List<FileSystemConfig> FileSystemConfigs { get; set; } = AWSConfigs.InitializeCollections ? new List<FileSystemConfig>() : null;
    public string FunctionArn { get; set; }
    public string FunctionName { get; set; }
    public string Handler { get; set; }
    public ImageConfigResponse ImageConfigResponse { get; set; }
    public string KMSKeyArn { get; set; }
    public string LastModified { get; set; }
    public LastUpdateStatus LastUpdateStatus { get; set; }
    public string LastUpdateStatusReason { get; set; }
    public LastUpdateStatusReasonCode LastUpdateStatusReasonCode { get; set; }
    public List<Layer> Layers { get; set; } = AWSConfigs.InitializeCollections ? new List<Layer>() : null;
    public LoggingConfig LoggingConfig { get; set; }
    public string MasterArn { get; set; }
    public int? MemorySize { get; set; }
    public PackageType PackageType { get; set; }
    public string RevisionId { get; set; }
    public string Role { get; set; }
    public Runtime Runtime { get; set; }
    public RuntimeVersionConfig RuntimeVersionConfig { get; set; }
    public string SigningJobArn { get; set; }
    public string SigningProfileVersionArn { get; set; }
    public SnapStartResponse SnapStart { get; set; }
    public State State { get; set; }
    public string StateReason { get; set; }
    public StateReasonCode StateReasonCode { get; set; }
    public TenancyConfig TenancyConfig { get; set; }
    public int? Timeout { get; set; }
    public TracingConfigResponse TracingConfig { get; set; }
    public string Version { get; set; }
    public VpcConfigDetail VpcConfig { get; set; }
}

/// <summary>Lambda FunctionConfiguration shape (response of UpdateFunctionConfiguration).</summary>
public partial class UpdateFunctionConfigurationResponse : AmazonWebServiceResponse
{
    public List<string> Architectures { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;
    public CapacityProviderConfig CapacityProviderConfig { get; set; }
    public string CodeSha256 { get; set; }
    public long? CodeSize { get; set; }
    public string ConfigSha256 { get; set; }
    public DeadLetterConfig DeadLetterConfig { get; set; }
    public string Description { get; set; }
    public DurableConfig DurableConfig { get; set; }
    public EnvironmentResponse Environment { get; set; }
    public EphemeralStorage EphemeralStorage { get; set; }
    public List<FileSystemConfig> FileSystemConfigs { get; set; } = AWSConfigs.InitializeCollections ? new List<FileSystemConfig>() : null;
    public string FunctionArn { get; set; }
    public string FunctionName { get; set; }
    public string Handler { get; set; }
    public ImageConfigResponse ImageConfigResponse { get; set; }
    public string KMSKeyArn { get; set; }
    public string LastModified { get; set; }
    public LastUpdateStatus LastUpdateStatus { get; set; }
    public string LastUpdateStatusReason { get; set; }
    public LastUpdateStatusReasonCode LastUpdateStatusReasonCode { get; set; }
    public List<Layer> Layers { get; set; } = AWSConfigs.InitializeCollections ? new List<Layer>() : null;
    public LoggingConfig LoggingConfig { get; set; }
    public string MasterArn { get; set; }
    public int? MemorySize { get; set; }
    public PackageType PackageType { get; set; }
    public string RevisionId { get; set; }
    public string Role { get; set; }
    public Runtime Runtime { get; set; }
    public RuntimeVersionConfig RuntimeVersionConfig { get; set; }
    public string SigningJobArn { get; set; }
    public string SigningProfileVersionArn { get; set; }
    public SnapStartResponse SnapStart { get; set; }
    public State State { get; set; }
    public string StateReason { get; set; }
    public StateReasonCode StateReasonCode { get; set; }
    public TenancyConfig TenancyConfig { get; set; }
    public int? Timeout { get; set; }
    public TracingConfigResponse TracingConfig { get; set; }
    public string Version { get; set; }
    public VpcConfigDetail VpcConfig { get; set; }
}

/// <summary>Lambda FunctionConfiguration shape (response of PublishVersion).</summary>
public partial class PublishVersionResponse : AmazonWebServiceResponse
{
    public List<string> Architectures { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;
    public CapacityProviderConfig CapacityProviderConfig { get; set; }
    public string CodeSha256 { get; set; }
    public long? CodeSize { get; set; }
    public string ConfigSha256 { get; set; }
    public DeadLetterConfig DeadLetterConfig { get; set; }
    public string Description { get; set; }
    public DurableConfig DurableConfig { get; set; }
    public EnvironmentResponse Environment { get; set; }
    public EphemeralStorage EphemeralStorage { get; set; }
    public List<FileSystemConfig> FileSystemConfigs { get; set; } = AWSConfigs.InitializeCollections ? new List<FileSystemConfig>() : null;
    public string FunctionArn { get; set; }
    public string FunctionName { get; set; }
    public string Handler { get; set; }
    public ImageConfigResponse ImageConfigResponse { get; set; }
    public string KMSKeyArn { get; set; }
    public string LastModified { get; set; }
    public LastUpdateStatus LastUpdateStatus { get; set; }
    public string LastUpdateStatusReason { get; set; }
    public LastUpdateStatusReasonCode LastUpdateStatusReasonCode { get; set; }
    public List<Layer> Layers { get; set; } = AWSConfigs.InitializeCollections ? new List<Layer>() : null;
    public LoggingConfig LoggingConfig { get; set; }
    public string MasterArn { get; set; }
    public int? MemorySize { get; set; }
    public PackageType PackageType { get; set; }
    public string RevisionId { get; set; }
    public string Role { get; set; }
    public Runtime Runtime { get; set; }
    public RuntimeVersionConfig RuntimeVersionConfig { get; set; }
    public string SigningJobArn { get; set; }
    public string SigningProfileVersionArn { get; set; }
    public SnapStartResponse SnapStart { get; set; }
    public State State { get; set; }
    public string StateReason { get; set; }
    public StateReasonCode StateReasonCode { get; set; }
    public TenancyConfig TenancyConfig { get; set; }
    public int? Timeout { get; set; }
    public TracingConfigResponse TracingConfig { get; set; }
    public string Version { get; set; }
    public VpcConfigDetail VpcConfig { get; set; }
}
