using System;
using System.Linq;

namespace LambdaGen.Core.Codes;

/// <summary>
/// Every LGBnnn and LGDnnn code, in ID order. The sources write the ID where they report it; a test fails when a code
/// used under src/ is missing here, when an entry here is used nowhere, or when one has no section in
/// build-and-deploy-codes.md.
/// </summary>
public static class ToolCodeCatalog
{
    private const ToolCodeSeverity Error = ToolCodeSeverity.Error;
    private const ToolCodeSeverity Warning = ToolCodeSeverity.Warning;
    private const ToolCodeSeverity ErrorOrWarning = ToolCodeSeverity.ErrorOrWarning;
    private const ToolCodeOrigin Task = ToolCodeOrigin.BuildTask;
    private const ToolCodeOrigin Tool = ToolCodeOrigin.DeployTool;
    private const ToolCodeOrigin Targets = ToolCodeOrigin.DeployTargets;

    public static ToolCode[] All { get; } =
    [
        new("LGB001", "The compiled assembly cannot be read", Error, Task),
        new("LGB002", "Two handlers would write the same manifest", Error, Task),
        new("LGB003", "A LambdaGen metadata entry is incomplete or malformed", Error, Task),
        new("LGB004", "A manifest file cannot be written or deleted", ErrorOrWarning, Task),
        new("LGB005", "A template leaves out a setting its format cannot express", Warning, Task),
        new("LGB006", "LambdaTemplateFormat is not a known template format", Error, Task),
        new("LGB999", "Unexpected failure while writing the manifests", Error, Task),

        new("LGD001", "The deploy command line is not valid", Error, Tool),
        new("LGD002", "The deploy was cancelled", Error, Tool),
        new("LGD003", "The deploy tool was not found", Error, Targets),
        new("LGD004", "The deploy tool failed without a message", Error, Targets),
        new("LGD005", "LambdaDeployEngine is not a known deploy engine", Error, Targets),
        new("LGD006", "LambdaStackName is missing or not a valid stack name", Error, Targets),
        new("LGD010", "No functions.json in the manifest folder", Error, Tool),
        new("LGD011", "functions.json or a manifest is malformed", Error, Tool),
        new("LGD012", "A manifest listed in functions.json does not exist", Error, Tool),
        new("LGD013", "A manifest does not match its functions.json entry", Error, Tool),
        new("LGD014", "A function or operation is listed twice", Error, Tool),
        new("LGD015", "A manifest has a field LambdaGen does not manage", ErrorOrWarning, Tool),
        new("LGD016", "A manifest value has the wrong type", Error, Tool),
        new("LGD020", "The publish folder does not exist", Error, Tool),
        new("LGD021", "The publish folder is empty", Error, Tool),
        new("LGD022", "No executable to package as bootstrap", Error, Tool),
        new("LGD023", "The package is over 250 MB unzipped", Error, Tool),
        new("LGD024", "The package is over 50 MB zipped and no S3 bucket is set", Error, Tool),
        new("LGD030", "AWS credentials cannot be resolved", Error, Tool),
        new("LGD031", "The AWS profile is missing or has no credentials", Error, Tool),
        new("LGD032", "No AWS region", Error, Tool),
        new("LGD033", "An endpoint is not an http(s) URL", Error, Tool),
        new("LGD040", "PackageType differs from the deployed function", Error, Tool),
        new("LGD041", "RuntimeIdentifier does not match Architectures", Error, Tool),
        new("LGD042", "The bootstrap executable does not match Architectures", Error, Tool),
        new("LGD043", "A create-only setting differs from the deployed function", Error, Tool),
        new("LGD044", "A deployed setting with no default is left as deployed", Warning, Tool),
        new("LGD050", "A function failed to deploy", Error, Tool),
        new("LGD051", "Some functions failed to deploy", Error, Tool),
        new("LGD060", "The CloudFormation deploy has no S3 bucket for the code", Error, Tool),
        new("LGD061", "The CloudFormation template is missing or malformed", Error, Tool),
        new("LGD062", "The functions need different packages", Error, Tool),
        new("LGD063", "A template parameter has no value", Error, Tool),
        new("LGD064", "The change set failed", Error, Tool),
        new("LGD065", "The stack operation failed", Error, Tool),
        new("LGD066", "The stack cannot be updated in its current state", Error, Tool),
        new("LGD067", "A CloudFormation call failed", Error, Tool),
    ];

    /// <summary>The entry for <paramref name="id"/>, or null for a code this catalog does not list.</summary>
    public static ToolCode? Find(string? id) => id is null ? null : All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>The help link of <paramref name="id"/>, or null for a code this catalog does not list.</summary>
    public static string? HelpLink(string? id) => Find(id)?.HelpLink;
}
