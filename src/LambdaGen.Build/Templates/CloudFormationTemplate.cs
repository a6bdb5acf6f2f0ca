using System;
using System.Collections.Generic;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Templates;

namespace LambdaGen.Build.Templates;

/// <summary>
/// <c>lambda/template.json</c>: a CloudFormation template for the functions of one assembly, made from the same manifests
/// the direct deploy sends, value by value through <see cref="TemplateMapping"/>. Per function, in function-name order: the
/// <c>AWS::Lambda::Function</c> (with ReservedConcurrentExecutions), an <c>AWS::Lambda::Version</c> when it publishes, an
/// <c>AWS::Lambda::Alias</c> per alias (with its provisioned concurrency), the <c>AWS::Lambda::Url</c> and, for a public
/// URL, the two <c>AWS::Lambda::Permission</c>s the direct deploy adds, the <c>AWS::Lambda::EventInvokeConfig</c> and an
/// <c>AWS::Lambda::EventSourceMapping</c> per <c>[LambdaEventSource]</c>. The
/// code location is a parameter; a setting the format cannot express is left out with an LGB005 warning naming it.
/// </summary>
internal static class CloudFormationTemplate
{
    public const string FileName = "template.json";

    /// <summary>The first words of the Description: how a file is known to be LambdaGen's (and so may be deleted).</summary>
    public const string DescriptionPrefix = "Lambda functions of ";

    public const string CodeS3Bucket = "CodeS3Bucket";
    public const string CodeS3Key = "CodeS3Key";
    public const string CodeSha256 = "CodeSha256";

    /// <summary>The IDs every function owns besides its aliases' (<c>…Alias&lt;Name&gt;</c>).</summary>
    internal static readonly string[] Suffixes =
        { "Function", "Version", "Url", "UrlPublicPermission", "UrlInvokePermission", "EventInvokeConfig", "ImageUri", "FunctionArn", "FunctionUrl" };

    public static string Write(string assemblyName, IReadOnlyList<ExportedFunction> functions, List<BuildMessage> messages)
    {
        var plan = TemplatePlan.Create(functions, messages, FileName, TemplatePlan.Format.CloudFormation);
        var parameters = new JsonObjectNode();
        var resources = new JsonObjectNode();
        var outputs = new JsonObjectNode();

        if (plan.Functions.Any(f => !f.IsImage))
        {
            parameters.Add(CodeS3Bucket, Parameter("The S3 bucket that holds the code package (the .zip of the publish output)"));
            parameters.Add(CodeS3Key, Parameter("The key of the code package in CodeS3Bucket"));
        }
        if (plan.Functions.Any(f => f.Publishes && !f.IsImage))
        {
            parameters.Add(CodeSha256, Parameter("The code package's SHA-256, base64: a new value publishes a new version"));
        }

        foreach (var function in plan.Functions)
        {
            var ids = function.Ids;
            var properties = function.FunctionProperties;
            properties.Add("Code", function.IsImage
                ? new JsonObjectNode().Add("ImageUri", JsonObjectNode.Ref(ids.ImageUri))
                : new JsonObjectNode().Add("S3Bucket", JsonObjectNode.Ref(CodeS3Bucket)).Add("S3Key", JsonObjectNode.Ref(CodeS3Key)));
            if (function.IsImage)
            {
                parameters.Add(ids.ImageUri, Parameter($"The container image URI of function {function.Name}"));
            }

            resources.Add(ids.Function, Resource("AWS::Lambda::Function", properties));
            outputs.Add(ids.FunctionArn, new JsonObjectNode().Add("Value", JsonObjectNode.GetAtt(ids.Function, "Arn")));

            if (function.Publishes)
            {
                var version = new JsonObjectNode().Add("FunctionName", JsonObjectNode.Ref(ids.Function));
                if (!function.IsImage)
                {
                    version.Add("CodeSha256", JsonObjectNode.Ref(CodeSha256));
                }

                resources.Add(ids.Version, Resource("AWS::Lambda::Version", version));
            }

            foreach (var alias in function.Aliases)
            {
                var aliasProperties = new JsonObjectNode()
                    .Add("FunctionName", JsonObjectNode.Ref(ids.Function))
                    // No published version is an error (LG0099); $LATEST keeps the template valid until it is fixed.
                    .Add("FunctionVersion", function.Publishes ? JsonObjectNode.GetAtt(ids.Version, "Version") : "$LATEST");
                aliasProperties.AddRange(alias.Properties);
                resources.Add(alias.LogicalId, Resource("AWS::Lambda::Alias", aliasProperties));
            }

            if (function.Url is { } url)
            {
                var target = function.UrlAlias is { } urlAlias ? (object)JsonObjectNode.Ref(urlAlias.LogicalId) : JsonObjectNode.GetAtt(ids.Function, "Arn");
                var urlProperties = new JsonObjectNode().Add("TargetFunctionArn", JsonObjectNode.GetAtt(ids.Function, "Arn"));
                urlProperties.AddRange(url);
                var dependsOn = function.UrlAlias is { } alias ? alias.LogicalId : null;
                resources.Add(ids.Url, Resource("AWS::Lambda::Url", urlProperties, dependsOn));
                outputs.Add(ids.FunctionUrl, new JsonObjectNode().Add("Value", JsonObjectNode.GetAtt(ids.Url, "FunctionUrl")));
                if (function.UrlIsPublic)
                {
                    // The same two statements as the direct deploy's (OperationsDeployer): anyone may call the URL, and through it the function.
                    resources.Add(ids.UrlPublicPermission, Resource("AWS::Lambda::Permission", new JsonObjectNode()
                        .Add("Action", "lambda:InvokeFunctionUrl").Add("FunctionName", target).Add("Principal", "*").Add("FunctionUrlAuthType", "NONE"), dependsOn));
                    resources.Add(ids.UrlInvokePermission, Resource("AWS::Lambda::Permission", new JsonObjectNode()
                        .Add("Action", "lambda:InvokeFunction").Add("FunctionName", target).Add("Principal", "*").Add("InvokedViaFunctionUrl", true), dependsOn));
                }
            }

            if (function.EventInvokeConfig is { } async)
            {
                var asyncProperties = new JsonObjectNode().Add("FunctionName", JsonObjectNode.Ref(ids.Function)).Add("Qualifier", "$LATEST");
                asyncProperties.AddRange(async);
                resources.Add(ids.EventInvokeConfig, Resource("AWS::Lambda::EventInvokeConfig", asyncProperties));
            }

            foreach (var source in function.EventSources)
            {
                var sourceProperties = new JsonObjectNode().Add("FunctionName", JsonObjectNode.Ref(ids.Function));
                sourceProperties.AddRange(source.Properties);
                resources.Add(source.LogicalId, Resource("AWS::Lambda::EventSourceMapping", sourceProperties));
            }
        }

        var template = new JsonObjectNode()
            .Add("AWSTemplateFormatVersion", "2010-09-09")
            .Add("Description", Description(assemblyName));
        if (parameters.Count > 0)
        {
            template.Add("Parameters", parameters);
        }

        template.Add("Resources", resources);
        if (outputs.Count > 0)
        {
            template.Add("Outputs", outputs);
        }

        return JsonText.Write(template);
    }

    public static string Description(string assemblyName) =>
        DescriptionPrefix + assemblyName + ", written by LambdaGen from their [LambdaFunction] handlers on every build (edits are overwritten)";

    private static JsonObjectNode Parameter(string description) => new JsonObjectNode().Add("Type", "String").Add("Description", description);

    private static JsonObjectNode Resource(string type, JsonObjectNode properties, string? dependsOn = null)
    {
        var resource = new JsonObjectNode().Add("Type", type);
        if (dependsOn is not null)
        {
            resource.Add("DependsOn", dependsOn);
        }

        return resource.Add("Properties", properties);
    }
}
