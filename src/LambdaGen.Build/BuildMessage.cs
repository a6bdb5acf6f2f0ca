namespace LambdaGen.Build;

/// <summary>How a <see cref="BuildMessage"/> is reported to MSBuild.</summary>
internal enum BuildMessageKind
{
    Error,
    Warning,
    /// <summary>Shown at normal verbosity (the one-line summary).</summary>
    Summary,
    /// <summary>Shown at detailed verbosity.</summary>
    Detail,
}

/// <summary>A message for the build log. Errors and warnings carry a code (LGB…) and name the file they are about.</summary>
internal sealed record BuildMessage(BuildMessageKind Kind, string? Code, string? File, string Text)
{
    public override string ToString() => Code is null ? Kind + ": " + Text : Kind + " " + Code + ": " + Text;
}

/// <summary>The codes of the MSBuild errors and warnings of LambdaGen.Build (the analyzer's own rules are LG0001…).</summary>
internal static class BuildCodes
{
    /// <summary>The assembly cannot be read: missing, locked, not a .NET assembly, malformed metadata.</summary>
    public const string AssemblyUnreadable = "LGB001";
    /// <summary>Two handlers would write one manifest file (same plain name, ignoring case).</summary>
    public const string DuplicateFunction = "LGB002";
    /// <summary>An entry is incomplete or malformed (no manifest, invalid JSON, a name unusable as a file name).</summary>
    public const string InvalidEntry = "LGB003";
    /// <summary>A file in the output folder cannot be written or deleted.</summary>
    public const string OutputFailed = "LGB004";
    /// <summary>A template leaves out a setting its format cannot express (the manifest and the direct deploy carry it).</summary>
    public const string TemplateOmits = "LGB005";
    /// <summary>An MSBuild property has a value LambdaGen does not know (LambdaTemplateFormat).</summary>
    public const string InvalidProperty = "LGB006";
    /// <summary>Anything else: a bug in LambdaGen, reported instead of crashing the build.</summary>
    public const string Unexpected = "LGB999";
}
