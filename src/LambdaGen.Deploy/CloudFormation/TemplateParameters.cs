using System.Text.Json;
using System.Text.Json.Nodes;

namespace LambdaGen.Deploy.CloudFormation;

/// <summary>
/// The values the deploy gives the parameters lambda/template.json declares: the code location (CodeS3Bucket, CodeS3Key),
/// the package hash (CodeSha256, which makes a new version publish when the code changes) and the image URIs
/// (…ImageUri). Any other parameter keeps its Default, or on an update the stack's current value.
/// </summary>
internal static class TemplateParameters
{
    public const string CodeS3Bucket = "CodeS3Bucket";
    public const string CodeS3Key = "CodeS3Key";
    public const string CodeSha256 = "CodeSha256";
    public const string ImageUriSuffix = "ImageUri";

    /// <summary>The names the template declares, each with whether it has a Default. Throws LGD061 for a template that is not one.</summary>
    public static IReadOnlyList<(string Name, bool HasDefault)> Declared(string templateText, string templateFile)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(templateText);
        }
        catch (JsonException ex)
        {
            throw new DeployException("LGD061", $"The template is not JSON ({ex.Message}). Build the project again so LambdaGen rewrites it.", templateFile);
        }
        if (root is not JsonObject template || template["Resources"] is not JsonObject)
        {
            throw new DeployException("LGD061", "The template has no \"Resources\" object. Build the project again so LambdaGen rewrites it.", templateFile);
        }
        if (template["Parameters"] is not JsonObject parameters)
        {
            return Array.Empty<(string, bool)>();
        }
        return parameters.Select(p => (p.Key, p.Value is JsonObject o && o.ContainsKey("Default"))).ToList();
    }

    /// <summary>
    /// The Parameters of the change set; <paramref name="missing"/> gets each parameter the deploy has no value for on a
    /// new stack (no Default, nothing to keep).
    /// </summary>
    public static IReadOnlyList<TemplateParameter> Fill(
        IReadOnlyList<(string Name, bool HasDefault)> declared, string? bucket, string? key, string? sha256Base64, string? imageUri, bool stackExists, List<string> missing)
    {
        var values = new List<TemplateParameter>();
        foreach (var (name, hasDefault) in declared)
        {
            string? value = name switch
            {
                CodeS3Bucket => bucket,
                CodeS3Key => key,
                CodeSha256 => sha256Base64,
                _ when name.EndsWith(ImageUriSuffix, StringComparison.Ordinal) => imageUri,
                _ => null,
            };
            if (value is not null)
            {
                values.Add(new TemplateParameter(name, value));
            }
            else if (hasDefault)
            {
                continue; // CloudFormation uses the Default
            }
            else if (stackExists)
            {
                values.Add(new TemplateParameter(name, null, UsePreviousValue: true));
            }
            else
            {
                missing.Add(name);
            }
        }
        return values;
    }
}
