namespace LambdaGen.Build.Tests.Templates;

/// <summary>The schema check itself can fail: each kind of mistake CloudFormation rejects is found.</summary>
public sealed class TemplateCheckerTests
{
    private static IReadOnlyList<string> Check(string properties, string extraResources = "") => TemplateSchemas.Validate($$"""
        {
          "Parameters": { "CodeS3Bucket": { "Type": "String" }, "CodeS3Key": { "Type": "String" } },
          "Resources": {
            "Fn": { "Type": "AWS::Lambda::Function", "Properties": {{properties}} }{{extraResources}}
          }
        }
        """);

    private const string Code = "\"Code\": { \"S3Bucket\": { \"Ref\": \"CodeS3Bucket\" }, \"S3Key\": { \"Ref\": \"CodeS3Key\" } }";
    private const string Role = "\"Role\": \"arn:aws:iam::123456789012:role/app\"";

    [Fact]
    public void A_valid_function_passes() => Assert.Empty(Check($"{{ {Code}, {Role}, \"FunctionName\": \"orders\", \"MemorySize\": 128 }}"));

    [Theory]
    [InlineData("\"KMSKeyArn\": \"arn:aws:kms:us-east-1:123456789012:key/k\"", "KMSKeyArn")] // the API's spelling, not CloudFormation's
    [InlineData("\"MemorySize\": 127", "MemorySize")]
    [InlineData("\"Runtime\": \"dotnet8.0\"", "Runtime")]
    [InlineData("\"Tags\": { \"team\": \"a\" }", "Tags")] // a map, where CloudFormation takes a list of Key/Value
    [InlineData("\"Arn\": \"arn:aws:lambda:us-east-1:123456789012:function:orders\"", "Arn is read-only")]
    public void A_mistake_is_found(string property, string expected)
    {
        var problems = Check($"{{ {Code}, {Role}, {property} }}");
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_required_property_is_found() =>
        Assert.Contains(Check($"{{ {Code} }}"), p => p.Contains("Role", StringComparison.Ordinal));

    [Fact]
    public void A_reference_to_nothing_is_found()
    {
        var problems = Check($"{{ \"Code\": {{ \"S3Bucket\": {{ \"Ref\": \"Bucket\" }}, \"S3Key\": \"k\" }}, {Role} }}",
            ", \"V\": { \"Type\": \"AWS::Lambda::Version\", \"Properties\": { \"FunctionName\": { \"Fn::GetAtt\": [\"Fn\", \"Name\"] } } }");
        Assert.Contains(problems, p => p.Contains("Ref Bucket names no parameter or resource", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("has no attribute Name", StringComparison.Ordinal));
    }
}
