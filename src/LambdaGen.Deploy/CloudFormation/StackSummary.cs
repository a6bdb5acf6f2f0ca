namespace LambdaGen.Deploy.CloudFormation;

/// <summary>What DescribeStacks says about one stack: its status and outputs.</summary>
internal sealed record StackSummary(string StackName, string StackId, string Status, string? StatusReason, IReadOnlyList<KeyValuePair<string, string>> Outputs);
