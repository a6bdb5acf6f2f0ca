namespace LambdaGen.Deploy.CloudFormation;

/// <summary>One entry of CreateChangeSet's Parameters: a value, or "keep the stack's current value".</summary>
internal sealed record TemplateParameter(string Key, string? Value, bool UsePreviousValue = false);
