// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md. Compile-and-run only: no marshalling, no HTTP.

using System.Collections.Generic;
using System.IO;
using Amazon.Util.Internal;

// Model shapes referenced by CreateFunctionRequest and the FunctionConfiguration-shaped responses.
// Collections are null until assigned (unless AWSConfigs.InitializeCollections is true), value types are
// nullable. The public IsXxxSet flags exist only where the real package's customizations add them; they
// use AWSSDK.Core's own InternalSDKUtils.GetIsSet/SetIsSet, as the real package does.
namespace Amazon.Lambda.Model;

/// <summary>The deployment package: ZipFile, or S3Bucket/S3Key[/S3ObjectVersion], or ImageUri.</summary>
public partial class FunctionCode
{
    public string ImageUri { get; set; }

    public string S3Bucket { get; set; }

    public string S3Key { get; set; }

    public string S3ObjectVersion { get; set; }

    public string SourceKMSKeyArn { get; set; }

    /// <summary>Sent base64 on the wire; the whole buffer counts, whatever the stream's Position.</summary>
    public MemoryStream ZipFile { get; set; }
}

/// <summary>
/// Function environment variables. NB: with <c>using System;</c> the simple name is ambiguous with
/// System.Environment (CS0104): write <c>Amazon.Lambda.Model.Environment</c>.
/// </summary>
public partial class Environment
{
    private Dictionary<string, string> _variables = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;

    public Dictionary<string, string> Variables
    {
        get { return _variables; }
        set { _variables = value; }
    }

    /// <summary>Customization: setting true on a null map creates an empty one (so <c>{}</c> is sent).</summary>
    public bool IsVariablesSet
    {
        get { return InternalSDKUtils.GetIsSet(_variables); }
        set { InternalSDKUtils.SetIsSet(value, ref _variables); }
    }
}

public partial class EnvironmentResponse
{
    public EnvironmentError Error { get; set; }

    public Dictionary<string, string> Variables { get; set; } = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;
}

public partial class EnvironmentError
{
    public string ErrorCode { get; set; }

    public string Message { get; set; }
}

public partial class VpcConfig
{
    private List<string> _securityGroupIds = AWSConfigs.InitializeCollections ? new List<string>() : null;
    private List<string> _subnetIds = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public bool? Ipv6AllowedForDualStack { get; set; }

    public List<string> SecurityGroupIds
    {
        get { return _securityGroupIds; }
        set { _securityGroupIds = value; }
    }

    public List<string> SubnetIds
    {
        get { return _subnetIds; }
        set { _subnetIds = value; }
    }

    /// <summary>Customization: setting true on a null list creates an empty one (so <c>[]</c> is sent).</summary>
    public bool IsSecurityGroupIdsSet
    {
        get { return InternalSDKUtils.GetIsSet(_securityGroupIds); }
        set { InternalSDKUtils.SetIsSet(value, ref _securityGroupIds); }
    }

    /// <summary>Customization: setting true on a null list creates an empty one (so <c>[]</c> is sent).</summary>
    public bool IsSubnetIdsSet
    {
        get { return InternalSDKUtils.GetIsSet(_subnetIds); }
        set { InternalSDKUtils.SetIsSet(value, ref _subnetIds); }
    }
}

/// <summary>Response-side VPC config (model shape VpcConfigResponse, renamed by a customization).</summary>
public partial class VpcConfigDetail
{
    public bool? Ipv6AllowedForDualStack { get; set; }

    public List<string> SecurityGroupIds { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public List<string> SubnetIds { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public string VpcId { get; set; }
}

public partial class DeadLetterConfig
{
    public string TargetArn { get; set; }
}

public partial class TracingConfig
{
    public TracingMode Mode { get; set; }
}

public partial class TracingConfigResponse
{
    public TracingMode Mode { get; set; }
}

public partial class EphemeralStorage
{
    /// <summary>MB, 512..10240; required by the service when EphemeralStorage is sent.</summary>
    public int? Size { get; set; }
}

public partial class FileSystemConfig
{
    public string Arn { get; set; }

    public string LocalMountPath { get; set; }
}

public partial class ImageConfig
{
    private List<string> _command = AWSConfigs.InitializeCollections ? new List<string>() : null;
    private List<string> _entryPoint = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public List<string> Command
    {
        get { return _command; }
        set { _command = value; }
    }

    public List<string> EntryPoint
    {
        get { return _entryPoint; }
        set { _entryPoint = value; }
    }

    /// <summary>Customization: setting true on a null list creates an empty one (so <c>[]</c> is sent).</summary>
    public bool IsCommandSet
    {
        get { return InternalSDKUtils.GetIsSet(_command); }
        set { InternalSDKUtils.SetIsSet(value, ref _command); }
    }

    /// <summary>Customization: setting true on a null list creates an empty one (so <c>[]</c> is sent).</summary>
    public bool IsEntryPointSet
    {
        get { return InternalSDKUtils.GetIsSet(_entryPoint); }
        set { InternalSDKUtils.SetIsSet(value, ref _entryPoint); }
    }

    public string WorkingDirectory { get; set; }
}

public partial class ImageConfigResponse
{
    public ImageConfigError Error { get; set; }

    public ImageConfig ImageConfig { get; set; }
}

// Members not tabulated in the doc; these are the service model's ImageConfigError members.
public partial class ImageConfigError
{
    public string ErrorCode { get; set; }

    public string Message { get; set; }
}

public partial class LoggingConfig
{
    public ApplicationLogLevel ApplicationLogLevel { get; set; }

    public LogFormat LogFormat { get; set; }

    public string LogGroup { get; set; }

    public SystemLogLevel SystemLogLevel { get; set; }
}

public partial class SnapStart
{
    public SnapStartApplyOn ApplyOn { get; set; }
}

public partial class SnapStartResponse
{
    public SnapStartApplyOn ApplyOn { get; set; }

    public SnapStartOptimizationStatus OptimizationStatus { get; set; }
}

public partial class Layer
{
    public string Arn { get; set; }

    public long? CodeSize { get; set; }

    public string SigningJobArn { get; set; }

    public string SigningProfileVersionArn { get; set; }
}

public partial class RuntimeVersionConfig
{
    public RuntimeVersionError Error { get; set; }

    public string RuntimeVersionArn { get; set; }
}

// Members not tabulated in the doc; these are the service model's RuntimeVersionError members.
public partial class RuntimeVersionError
{
    public string ErrorCode { get; set; }

    public string Message { get; set; }
}

public partial class CapacityProviderConfig
{
    /// <summary>Required by the service when CapacityProviderConfig is sent.</summary>
    public LambdaManagedInstancesCapacityProviderConfig LambdaManagedInstancesCapacityProviderConfig { get; set; }
}

// Members not tabulated in the doc; these are the service model's members of this shape
// (CapacityProviderArn is required there).
public partial class LambdaManagedInstancesCapacityProviderConfig
{
    public string CapacityProviderArn { get; set; }

    public double? ExecutionEnvironmentMemoryGiBPerVCpu { get; set; }

    public int? PerExecutionEnvironmentMaxConcurrency { get; set; }
}

public partial class DurableConfig
{
    public int? ExecutionTimeout { get; set; }

    // Not in the doc's table (its model, botocore 1.43.11, predates it): the Lambda API model gained
    // DurableConfig.KMSKeyArn on 2026-07-07 (shared/reference/lambda-service-2.json has it). A released
    // AWSSDK.Lambda from before then lacks it; LambdaGen's typed call then leaves it out (LG0069).
    public string KMSKeyArn { get; set; }

    public int? RetentionPeriodInDays { get; set; }
}

// The doc says the released package may lack TenancyConfig (one of the newest members).
public partial class TenancyConfig
{
    /// <summary>Required by the service when TenancyConfig is sent.</summary>
    public TenantIsolationMode TenantIsolationMode { get; set; }
}
