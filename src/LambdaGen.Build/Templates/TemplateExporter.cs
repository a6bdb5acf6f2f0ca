using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace LambdaGen.Build.Templates;

/// <summary>
/// Writes the templates the options ask for beside the manifests (only when their bytes change) and removes a template
/// that is no longer wanted, but only one LambdaGen wrote: its Description says so (<see cref="CloudFormationTemplate.Description"/>).
/// Every file it leaves in place is in <see cref="ExportResult.Files"/>, so MSBuild's FileWrites keeps and cleans it.
/// </summary>
internal static class TemplateExporter
{
    public static void Export(string assemblyPath, string outputDirectory, TemplateOptions options, ExportResult result)
    {
        var assemblyName = Path.GetFileNameWithoutExtension(assemblyPath);
        var any = result.Functions.Count > 0;
        Write(Path.Combine(outputDirectory, CloudFormationTemplate.FileName), any && options.CloudFormation,
            messages => CloudFormationTemplate.Write(assemblyName, result.Functions, messages), assemblyPath, result);
        Write(Path.Combine(outputDirectory, SamTemplate.FileName), any && options.Sam,
            messages => SamTemplate.Write(assemblyName, result.Functions, options.SamCodeUri, messages), assemblyPath, result);
    }

    private static void Write(string path, bool wanted, Func<List<BuildMessage>, string> build, string assemblyPath, ExportResult result)
    {
        if (!wanted)
        {
            if (IsOurs(path))
            {
                ManifestExporter.Delete(path, assemblyPath, result);
            }

            return;
        }
        var messages = new List<BuildMessage>();
        var text = build(messages);
        foreach (var message in messages)
        {
            result.Messages.Add(message with { File = path });
        }

        ManifestExporter.WriteIfChanged(path, text, assemblyPath, result);
    }

    /// <summary>The file is a template LambdaGen wrote (any other file of that name is the user's, and stays).</summary>
    private static bool IsOurs(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            var head = new char[1024];
            using var reader = new StreamReader(path, Encoding.UTF8);
            var read = reader.ReadBlock(head, 0, head.Length);
            var text = new string(head, 0, read);
            return text.Contains("\"Description\": \"" + CloudFormationTemplate.DescriptionPrefix)
                && text.Contains("written by LambdaGen from their [LambdaFunction] handlers");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
