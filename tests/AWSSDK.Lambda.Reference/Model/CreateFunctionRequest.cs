// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md. Compile-and-run only: no marshalling, no HTTP.

using System;
using System.Collections.Generic;
using Amazon.Runtime;

namespace Amazon.Lambda.Model;

/// <summary>
/// Input of CreateFunction (POST /2015-03-31/functions). v4 rules: value types are nullable and
/// collections are null until assigned (unless <see cref="AWSConfigs.InitializeCollections"/> is true).
/// Required by the service: FunctionName, Role, Code.
/// </summary>
public partial class CreateFunctionRequest : AmazonLambdaRequest
{
    public List<string> Architectures { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;

    // CapacityProviderConfig, DurableConfig and PublishTo are late-2025 members; the doc lists them for v4.
    public CapacityProviderConfig CapacityProviderConfig { get; set; }

    public FunctionCode Code { get; set; }

    public string CodeSigningConfigArn { get; set; }

    public DeadLetterConfig DeadLetterConfig { get; set; }

    public string Description { get; set; }

    public DurableConfig DurableConfig { get; set; }

    public Environment Environment { get; set; }

    public EphemeralStorage EphemeralStorage { get; set; }

    public List<FileSystemConfig> FileSystemConfigs { get; set; } = AWSConfigs.InitializeCollections ? new List<FileSystemConfig>() : null;

    public string FunctionName { get; set; }

    public string Handler { get; set; }

    public ImageConfig ImageConfig { get; set; }

    public string KMSKeyArn { get; set; }

    public List<string> Layers { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public LoggingConfig LoggingConfig { get; set; }

    public int? MemorySize { get; set; }

    public PackageType PackageType { get; set; }

    public bool? Publish { get; set; }

    public FunctionVersionLatestPublished PublishTo { get; set; }

    public string Role { get; set; }

    public Runtime Runtime { get; set; }

    public SnapStart SnapStart { get; set; }

    /// <summary>Upload progress callback (custom member, not sent on the wire).</summary>
    public EventHandler<StreamTransferProgressArgs> StreamTransferProgress { get; set; }

    public Dictionary<string, string> Tags { get; set; } = AWSConfigs.InitializeCollections ? new Dictionary<string, string>() : null;

    // The doc says the released package may lack TenancyConfig (it is among the newest members).
    public TenancyConfig TenancyConfig { get; set; }

    public int? Timeout { get; set; }

    public TracingConfig TracingConfig { get; set; }

    public VpcConfig VpcConfig { get; set; }
}
