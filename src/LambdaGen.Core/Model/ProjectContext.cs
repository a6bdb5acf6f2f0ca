namespace LambdaGen.Core.Model;

/// <summary>Project-wide facts the rules need besides the spec itself.</summary>
public sealed record ProjectContext
{
    /// <summary>The project's TargetFramework (<c>net10.0</c>), or null when not visible.</summary>
    public string? TargetFramework { get; init; }
    /// <summary>The project's RuntimeIdentifier, or null when the project sets none.</summary>
    public string? RuntimeIdentifier { get; init; }
    /// <summary>An account-specific memory ceiling (<c>LambdaMaxMemorySize</c>), lower than Lambda's 10240.</summary>
    public int? MaxMemorySize { get; init; }
    /// <summary>The region the functions deploy to (<c>LambdaRegion</c>), or null when the project does not set one.</summary>
    public string? Region { get; init; }
    /// <summary>The manifest file a spec was read from (deploy-time re-checks), for messages.</summary>
    public string? ManifestPath { get; init; }
}
