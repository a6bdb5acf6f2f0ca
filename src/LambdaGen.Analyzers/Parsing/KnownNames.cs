namespace LambdaGen.Analyzers.Parsing;

/// <summary>Metadata names of the types LambdaGen recognises. Amazon.Lambda.Core is matched by name,
/// so users need not reference it for the analyzer to work.</summary>
internal static class KnownNames
{
    public const string LambdaFunctionAttribute = "LambdaGen.LambdaFunctionAttribute";
    public const string LambdaDefaultsAttribute = "LambdaGen.LambdaDefaultsAttribute";
    public const string LambdaEnvironmentAttribute = "LambdaGen.LambdaEnvironmentAttribute";
    public const string LambdaTagAttribute = "LambdaGen.LambdaTagAttribute";
    public const string LambdaFileSystemAttribute = "LambdaGen.LambdaFileSystemAttribute";
    public const string LambdaContext = "Amazon.Lambda.Core.ILambdaContext";
    public const string LambdaSerializerAttribute = "Amazon.Lambda.Core.LambdaSerializerAttribute";
    public const string AwsSdkCreateFunctionRequest = "Amazon.Lambda.Model.CreateFunctionRequest";
}
