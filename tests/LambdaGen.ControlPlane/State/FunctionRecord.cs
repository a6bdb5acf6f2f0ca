using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// The server's mutable record of one function ($LATEST plus its published versions). Only touched
/// under <see cref="FunctionStore"/>'s lock. Members mirror the API's configuration; null = never set.
/// </summary>
internal sealed class FunctionRecord
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    // Configuration.
    public string? Runtime { get; set; }

    public required string Role { get; set; }

    public string? Handler { get; set; }

    public string Description { get; set; } = "";

    public int Timeout { get; set; } = 3;

    public int MemorySize { get; set; } = 128;

    public string PackageType { get; set; } = "Zip";

    public string Architecture { get; set; } = "x86_64";

    public int EphemeralStorageSize { get; set; } = 512;

    public Dictionary<string, string>? Environment { get; set; }

    public string TracingMode { get; set; } = "PassThrough";

    public List<string> Layers { get; set; } = new();

    public List<string> SubnetIds { get; set; } = new();

    public List<string> SecurityGroupIds { get; set; } = new();

    public bool Ipv6AllowedForDualStack { get; set; }

    public string? DeadLetterTargetArn { get; set; }

    public string? KmsKeyArn { get; set; }

    public List<(string Arn, string LocalMountPath)> FileSystemConfigs { get; set; } = new();

    public JsonObject? ImageConfig { get; set; }

    public string SnapStartApplyOn { get; set; } = "None";

    public string LogFormat { get; set; } = "Text";

    public string? ApplicationLogLevel { get; set; }

    public string? SystemLogLevel { get; set; }

    public string? LogGroup { get; set; }

    public string? CodeSigningConfigArn { get; set; }

    /// <summary>TenancyConfig as created (it cannot change afterwards); null for a function without tenant isolation.</summary>
    public JsonObject? TenancyConfig { get; set; }

    /// <summary>CapacityProviderConfig (Lambda Managed Instances); null for a function created without one.</summary>
    public JsonObject? CapacityProviderConfig { get; set; }

    /// <summary>DurableConfig; null for a function created without durable execution.</summary>
    public JsonObject? DurableConfig { get; set; }

    // Code.
    public byte[]? ZipFile { get; set; }

    public string? S3Bucket { get; set; }

    public string? S3Key { get; set; }

    public string? S3ObjectVersion { get; set; }

    public string? ImageUri { get; set; }

    public string CodeSha256 { get; set; } = "";

    public long CodeSize { get; set; }

    // Lifecycle.
    public string State { get; set; } = "Pending";

    public string? StateReason { get; set; }

    public string? StateReasonCode { get; set; }

    public string? LastUpdateStatus { get; set; }

    public string? LastUpdateStatusReason { get; set; }

    public string? LastUpdateStatusReasonCode { get; set; }

    /// <summary>When the current transition (create or update) completes; null when settled.</summary>
    public DateTimeOffset? SettleAt { get; set; }

    public string RevisionId { get; set; } = Guid.NewGuid().ToString();

    public DateTimeOffset LastModified { get; set; }

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    public List<PublishedVersion> Versions { get; } = new();

    /// <summary>The <c>$LATEST.PUBLISHED</c> version (PublishTo LATEST_PUBLISHED), republished in place; null until first published.</summary>
    public PublishedVersion? LatestPublished { get; set; }

    public int UpdateCount { get; set; }

    public bool IsSettled => SettleAt is null;
}

/// <summary>A published version: the frozen configuration document plus what PublishVersion compares.</summary>
internal sealed record PublishedVersion(string Version, string CodeSha256, string Description, JsonObject Configuration, string Fingerprint);
