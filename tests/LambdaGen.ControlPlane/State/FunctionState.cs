using System.Text.Json;

namespace LambdaGen.ControlPlane;

/// <summary>
/// A point-in-time snapshot of one function as the control plane holds it.
/// <paramref name="ConfigurationJson"/> is exactly what GetFunctionConfiguration would return now.
/// Code comes from exactly one source: <paramref name="ZipFile"/>, <paramref name="S3Bucket"/>/<paramref name="S3Key"/>
/// or <paramref name="ImageUri"/>. <paramref name="CodeSha256"/> is base64(SHA-256(zip bytes)), as the service reports it.
/// <paramref name="UpdateCount"/> counts accepted UpdateFunctionConfiguration/UpdateFunctionCode calls.
/// <paramref name="LatestPublished"/> is the <c>$LATEST.PUBLISHED</c> version (PublishTo LATEST_PUBLISHED), or null.
/// </summary>
public sealed record FunctionState(
    string FunctionName,
    string FunctionArn,
    string State,
    string? StateReasonCode,
    string? LastUpdateStatus,
    string RevisionId,
    string CodeSha256,
    long CodeSize,
    byte[]? ZipFile,
    string? S3Bucket,
    string? S3Key,
    string? ImageUri,
    string ConfigurationJson,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<FunctionVersionState> Versions,
    string? CodeSigningConfigArn,
    int UpdateCount,
    FunctionVersionState? LatestPublished = null)
{
    /// <summary>The configuration as a parsed document (a fresh clone each call).</summary>
    public JsonElement Configuration
    {
        get
        {
            using var doc = JsonDocument.Parse(ConfigurationJson);
            return doc.RootElement.Clone();
        }
    }
}

/// <summary>One published version: its number, code hash, version description and frozen configuration.</summary>
public sealed record FunctionVersionState(string Version, string CodeSha256, string Description, string ConfigurationJson);
