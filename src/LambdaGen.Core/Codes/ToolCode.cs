namespace LambdaGen.Core.Codes;

/// <summary>Which part of LambdaGen reports a <see cref="ToolCode"/>.</summary>
public enum ToolCodeOrigin
{
    /// <summary>The WriteLambdaManifests MSBuild task (LambdaGen.Build), after compile.</summary>
    BuildTask,
    /// <summary>The deploy tool (LambdaGen.Deploy), run by <c>dotnet publish -p:LambdaDeploy=true</c>.</summary>
    DeployTool,
    /// <summary>The LambdaDeploy target itself (build/LambdaGen.Deploy.targets), around the tool.</summary>
    DeployTargets,
}

/// <summary>How a <see cref="ToolCode"/> is reported; a few codes are an error or a warning depending on the case.</summary>
public enum ToolCodeSeverity
{
    Error,
    Warning,
    ErrorOrWarning,
}

/// <summary>
/// One code of the build task (LGBnnn) or the deploy (LGDnnn): what the message is about, how severe it is and who
/// reports it. <c>build-and-deploy-codes.md</c> documents each one under the anchor <see cref="Anchor"/>.
/// </summary>
public sealed class ToolCode
{
    public const string PageName = "build-and-deploy-codes.md";

    /// <summary>The page's address; it comes from the MSBuild property LambdaGenDocsUrl (Directory.Build.props).</summary>
    public const string HelpBaseUri = ProjectLinks.Docs + PageName + "#";

    internal ToolCode(string id, string title, ToolCodeSeverity severity, ToolCodeOrigin origin)
    {
        Id = id;
        Title = title;
        Severity = severity;
        Origin = origin;
    }

    public string Id { get; }
    public string Title { get; }
    public ToolCodeSeverity Severity { get; }
    public ToolCodeOrigin Origin { get; }
    public string Anchor => Id.ToLowerInvariant();
    public string HelpLink => HelpBaseUri + Anchor;

    public override string ToString() => Id;
}
