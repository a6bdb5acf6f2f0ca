using System.Collections.Generic;
using System.Linq;

namespace LambdaGen.Build.Templates;

/// <summary>
/// <c>lambda/serverless.template</c> (opt-in: <c>LambdaTemplateFormat=Sam</c> or <c>Both</c>): the same functions as an
/// <c>AWS::Serverless-2016-10-31</c> template for <c>sam build</c> / <c>sam deploy</c>, from the same plan as
/// <see cref="CloudFormationTemplate"/> with the mapping's SAM column: one <c>AWS::Serverless::Function</c> per function with
/// <c>CodeUri</c> (the publish folder, relative to the template), <c>AutoPublishAlias</c> (SAM publishes one alias: the first
/// by name), <c>ProvisionedConcurrencyConfig</c>, <c>FunctionUrlConfig</c> and <c>EventInvokeConfig</c>. What SAM cannot say
/// is an LGB005 warning.
/// </summary>
internal static class SamTemplate
{
    public const string FileName = "serverless.template";

    public static string Write(string assemblyName, IReadOnlyList<ExportedFunction> functions, string codeUri, List<BuildMessage> messages)
    {
        var plan = TemplatePlan.Create(functions, messages, FileName, TemplatePlan.Format.Sam);
        var parameters = new JsonObjectNode();
        var resources = new JsonObjectNode();
        var outputs = new JsonObjectNode();
        foreach (var function in plan.Functions)
        {
            var ids = function.Ids;
            var properties = new JsonObjectNode();
            if (function.IsImage)
            {
                parameters.Add(ids.ImageUri, new JsonObjectNode().Add("Type", "String").Add("Description", $"The container image URI of function {function.Name}"));
                properties.Add("ImageUri", JsonObjectNode.Ref(ids.ImageUri));
            }
            else
            {
                properties.Add("CodeUri", codeUri);
            }
            properties.AddRange(function.FunctionProperties);
            if (function.Publishes && properties["AutoPublishAlias"] is null)
            {
                messages.Add(new BuildMessage(BuildMessageKind.Warning, BuildCodes.TemplateOmits, null,
                    $"Function '{function.Name}': Publish = true without an alias cannot be expressed in {FileName}: AWS::Serverless::Function publishes versions only for its AutoPublishAlias; add [LambdaAlias] or use the CloudFormation template; {FileName} leaves it out (the manifest and the direct deploy carry it)."));
            }

            resources.Add(ids.Function, new JsonObjectNode().Add("Type", "AWS::Serverless::Function").Add("Properties", properties));
            outputs.Add(ids.FunctionArn, new JsonObjectNode().Add("Value", JsonObjectNode.GetAtt(ids.Function, "Arn")));
        }

        var template = new JsonObjectNode()
            .Add("AWSTemplateFormatVersion", "2010-09-09")
            .Add("Transform", "AWS::Serverless-2016-10-31")
            .Add("Description", CloudFormationTemplate.Description(assemblyName));
        if (parameters.Count > 0)
        {
            template.Add("Parameters", parameters);
        }

        template.Add("Resources", resources);
        template.Add("Outputs", outputs);
        return JsonText.Write(template);
    }
}
