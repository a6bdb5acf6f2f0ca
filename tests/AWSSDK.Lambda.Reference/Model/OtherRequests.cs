// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md. Compile-and-run only: no marshalling, no HTTP.

using System.Collections.Generic;
using System.IO;
using Amazon.Util.Internal;

// The other requests a deploy needs (update an existing function, publish, poll its state).
namespace Amazon.Lambda.Model;

/// <summary>GET /2015-03-31/functions/{FunctionName}/configuration.</summary>
public partial class GetFunctionConfigurationRequest : AmazonLambdaRequest
{
    public string FunctionName { get; set; }

    public string Qualifier { get; set; }
}

/// <summary>PUT /2015-03-31/functions/{FunctionName}/code.</summary>
public partial class UpdateFunctionCodeRequest : AmazonLambdaRequest
{
    public List<string> Architectures { get; set; } = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public bool? DryRun { get; set; }

    public string FunctionName { get; set; }

    public string ImageUri { get; set; }

    public bool? Publish { get; set; }

    public FunctionVersionLatestPublished PublishTo { get; set; }

    public string RevisionId { get; set; }

    public string S3Bucket { get; set; }

    public string S3Key { get; set; }

    public string S3ObjectVersion { get; set; }

    public string SourceKMSKeyArn { get; set; }

    public MemoryStream ZipFile { get; set; }
}

/// <summary>PUT /2015-03-31/functions/{FunctionName}/configuration.</summary>
public partial class UpdateFunctionConfigurationRequest : AmazonLambdaRequest
{
    private List<FileSystemConfig> _fileSystemConfigs = AWSConfigs.InitializeCollections ? new List<FileSystemConfig>() : null;
    private List<string> _layers = AWSConfigs.InitializeCollections ? new List<string>() : null;

    public CapacityProviderConfig CapacityProviderConfig { get; set; }

    public DeadLetterConfig DeadLetterConfig { get; set; }

    public string Description { get; set; }

    public DurableConfig DurableConfig { get; set; }

    public Environment Environment { get; set; }

    public EphemeralStorage EphemeralStorage { get; set; }

    public List<FileSystemConfig> FileSystemConfigs
    {
        get { return _fileSystemConfigs; }
        set { _fileSystemConfigs = value; }
    }

    public string FunctionName { get; set; }

    public string Handler { get; set; }

    public ImageConfig ImageConfig { get; set; }

    /// <summary>Customization: setting true on a null list creates an empty one (so <c>[]</c> is sent).</summary>
    public bool IsFileSystemConfigsSet
    {
        get { return InternalSDKUtils.GetIsSet(_fileSystemConfigs); }
        set { InternalSDKUtils.SetIsSet(value, ref _fileSystemConfigs); }
    }

    /// <summary>Customization: setting true on a null list creates an empty one (so <c>[]</c> is sent).</summary>
    public bool IsLayersSet
    {
        get { return InternalSDKUtils.GetIsSet(_layers); }
        set { InternalSDKUtils.SetIsSet(value, ref _layers); }
    }

    public string KMSKeyArn { get; set; }

    public List<string> Layers
    {
        get { return _layers; }
        set { _layers = value; }
    }

    public LoggingConfig LoggingConfig { get; set; }

    public int? MemorySize { get; set; }

    public string RevisionId { get; set; }

    public string Role { get; set; }

    public Runtime Runtime { get; set; }

    public SnapStart SnapStart { get; set; }

    public int? Timeout { get; set; }

    public TracingConfig TracingConfig { get; set; }

    public VpcConfig VpcConfig { get; set; }
}

/// <summary>POST /2015-03-31/functions/{FunctionName}/versions.</summary>
public partial class PublishVersionRequest : AmazonLambdaRequest
{
    public string CodeSha256 { get; set; }

    public string Description { get; set; }

    public string FunctionName { get; set; }

    public FunctionVersionLatestPublished PublishTo { get; set; }

    public string RevisionId { get; set; }
}
