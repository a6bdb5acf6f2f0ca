using System;

namespace LambdaGen.Build.Templates;

/// <summary>Which templates the build writes: <c>LambdaTemplate</c> (true unless "false") and <c>LambdaTemplateFormat</c>
/// (CloudFormation, Sam or Both; CloudFormation when empty), and SAM's <c>CodeUri</c>.</summary>
internal sealed record TemplateOptions(bool CloudFormation, bool Sam, string SamCodeUri)
{
    public const string FormatProperty = "LambdaTemplateFormat";
    public const string Formats = "CloudFormation, Sam or Both";

    /// <summary>No template at all.</summary>
    public static readonly TemplateOptions None = new(false, false, "..");

    /// <summary>The options, or null with an error message when the format is none of <see cref="Formats"/>.</summary>
    public static TemplateOptions? Parse(string? enabled, string? format, string? samCodeUri, out string? error)
    {
        error = null;
        var codeUri = string.IsNullOrWhiteSpace(samCodeUri) ? ".." : samCodeUri!.Trim();
        if (string.Equals(enabled?.Trim(), "false", StringComparison.OrdinalIgnoreCase))
        {
            return None with { SamCodeUri = codeUri };
        }

        switch (format?.Trim().ToLowerInvariant())
        {
            case null or "" or "cloudformation":
                return new TemplateOptions(true, false, codeUri);
            case "sam":
                return new TemplateOptions(false, true, codeUri);
            case "both":
                return new TemplateOptions(true, true, codeUri);
            default:
                error = $"{FormatProperty} '{format}' is not a template format; use {Formats} (or LambdaTemplate=false for none).";
                return null;
        }
    }
}
