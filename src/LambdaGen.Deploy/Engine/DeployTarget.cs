using LambdaGen.Deploy.Manifests;
using LambdaGen.Deploy.Packaging;

namespace LambdaGen.Deploy.Engine;

/// <summary>A function that passed every check before any call, with its code ready.</summary>
internal sealed record DeployTarget(FunctionManifest Manifest, CodePackage? Package, string? ImageUri)
{
    /// <summary>The package must go through S3 (over the direct-upload limit).</summary>
    public bool ViaS3 { get; init; }
}
