using System.Linq;
using LambdaGen.Core.Codes;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace LambdaGen.Build;

/// <summary>
/// Writes one CreateFunction manifest per handler (<c>&lt;plain function name&gt;.json</c>) and the
/// <c>functions.json</c> index into <see cref="OutputDirectory"/>, from the <c>LambdaGen.*</c> AssemblyMetadata
/// entries that the LambdaGen generator compiled into <see cref="AssemblyPath"/>. The assembly is read with
/// System.Reflection.Metadata and never loaded. See <see cref="ManifestExporter"/> for the rules.
/// </summary>
public sealed class WriteLambdaManifests : Task
{
    /// <summary>The compiled assembly, normally <c>@(IntermediateAssembly)</c>.</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>The folder for the manifests, normally <c>$(OutDir)lambda/</c>.</summary>
    [Required]
    public string OutputDirectory { get; set; } = "";

    /// <summary>Optional text file that receives the full paths of the files written (one per line); rewritten on every run.</summary>
    public string? FileListPath { get; set; }

    /// <summary><c>$(LambdaTemplate)</c>: "false" writes no template (and removes LambdaGen's); anything else writes them.</summary>
    public string? Template { get; set; }

    /// <summary><c>$(LambdaTemplateFormat)</c>: CloudFormation (the default), Sam or Both.</summary>
    public string? TemplateFormat { get; set; }

    /// <summary>The SAM template's <c>CodeUri</c>: the publish folder relative to <see cref="OutputDirectory"/>.</summary>
    public string? SamCodeUri { get; set; }

    /// <summary>Every manifest file LambdaGen owns after the run (written or already up to date) and functions.json, for FileWrites.</summary>
    [Output]
    public ITaskItem[] ManifestFiles { get; private set; } = System.Array.Empty<ITaskItem>();

    /// <summary>The number of functions found.</summary>
    [Output]
    public int FunctionCount { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var templates = Templates.TemplateOptions.Parse(Template, TemplateFormat, SamCodeUri, out var formatError);
        if (templates is null)
        {
            Log.LogError(null, BuildCodes.InvalidProperty, null, ToolCodeCatalog.HelpLink(BuildCodes.InvalidProperty), null, 0, 0, 0, 0, formatError);
            return false;
        }
        var result = ManifestExporter.Export(AssemblyPath, OutputDirectory, FileListPath, templates);
        foreach (var message in result.Messages)
        {
            switch (message.Kind)
            {
                // The help link opens the code's section of build-and-deploy-codes.md (IDEs show it on the error).
                case BuildMessageKind.Error:
                    Log.LogError(null, message.Code, null, ToolCodeCatalog.HelpLink(message.Code), message.File, 0, 0, 0, 0, message.Text);
                    break;
                case BuildMessageKind.Warning:
                    Log.LogWarning(null, message.Code, null, ToolCodeCatalog.HelpLink(message.Code), message.File, 0, 0, 0, 0, message.Text);
                    break;
                case BuildMessageKind.Summary:
                    Log.LogMessage(MessageImportance.High, message.Text);
                    break;
                default:
                    Log.LogMessage(MessageImportance.Low, message.Text);
                    break;
            }
        }

        foreach (var path in result.Written)
        {
            Log.LogMessage(MessageImportance.Low, "LambdaGen: wrote " + path);
        }

        foreach (var path in result.Deleted)
        {
            Log.LogMessage(MessageImportance.Low, "LambdaGen: deleted stale " + path);
        }

        if (result.Success && result.Functions.Count > 0)
        {
            Log.LogMessage(MessageImportance.Normal,
                "LambdaGen: " + result.Functions.Count + " Lambda manifest(s) in " + OutputDirectory +
                " (" + result.Written.Count + " written, " + result.Unchanged.Count + " unchanged, " + result.Deleted.Count + " removed)");
        }

        FunctionCount = result.Functions.Count;
        ManifestFiles = result.Files.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
        return result.Success && !Log.HasLoggedErrors;
    }
}
