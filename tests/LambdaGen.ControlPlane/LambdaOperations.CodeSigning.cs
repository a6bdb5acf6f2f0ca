namespace LambdaGen.ControlPlane;

/// <summary>
/// GetFunctionCodeSigningConfig and DeleteFunctionCodeSigningConfig (API 2020-06-30,
/// <c>/2020-06-30/functions/{FunctionName}/code-signing-config</c>; PUT lives beside the other operations).
/// </summary>
internal sealed partial class LambdaOperations
{
    // Wording reported from the real service for code signing calls on container-image functions.
    private const string ImageCodeSigningMessage = "Code signing is not supported for functions created with container images.";

    /// <summary>200 with the ARN and function name; a function without one answers <c>{}</c> (as LocalStack, whose
    /// Lambda responses are recorded against AWS, does; not captured here, so approximate).</summary>
    private OperationResult GetFunctionCodeSigningConfig(string label)
    {
        lock (_store.Sync)
        {
            var f = ResolveUnqualified(label);
            RejectImage(f);
            var body = new System.Text.Json.Nodes.JsonObject();
            if (!string.IsNullOrEmpty(f.CodeSigningConfigArn))
            {
                body["CodeSigningConfigArn"] = f.CodeSigningConfigArn;
                body["FunctionName"] = f.Name;
            }

            return new OperationResult(200, body);
        }
    }

    /// <summary>204 with no body, whether or not the function had a configuration.</summary>
    private OperationResult DeleteFunctionCodeSigningConfig(string label)
    {
        lock (_store.Sync)
        {
            var f = ResolveUnqualified(label);
            RejectImage(f);
            f.CodeSigningConfigArn = null;
            return new OperationResult(204, null);
        }
    }

    private static void RejectImage(FunctionRecord f)
    {
        if (f.PackageType == "Image")
        {
            throw AwsServiceException.InvalidParameter(ImageCodeSigningMessage);
        }
    }
}
