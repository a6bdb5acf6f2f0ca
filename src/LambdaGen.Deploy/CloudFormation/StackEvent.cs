namespace LambdaGen.Deploy.CloudFormation;

/// <summary>One DescribeStackEvents entry: a resource (or the stack itself) reaching a status.</summary>
internal sealed record StackEvent(
    string EventId, string LogicalResourceId, string ResourceType, string ResourceStatus, string? ResourceStatusReason, DateTimeOffset Timestamp)
{
    /// <summary>The event is about the stack rather than one of its resources.</summary>
    public bool IsStack => ResourceType == "AWS::CloudFormation::Stack";
}
