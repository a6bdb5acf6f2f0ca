namespace LambdaGen.Deploy.CloudFormation;

/// <summary>DescribeChangeSet's answer: the change set's status and, once created, its resource changes (all pages).</summary>
internal sealed record ChangeSetDescription(string Status, string? StatusReason, string ExecutionStatus, IReadOnlyList<ResourceChange> Changes)
{
    /// <summary>The two texts CloudFormation fails a change set with when the template and parameters change nothing.</summary>
    public bool IsEmpty =>
        Status == "FAILED" && StatusReason is { } reason
        && (reason.Contains("didn't contain changes", StringComparison.Ordinal) || reason.Contains("No updates are to be performed", StringComparison.Ordinal));
}

/// <summary>One resource change of a change set: Add, Modify, Remove (or Import, Dynamic), with the properties it touches.</summary>
internal sealed record ResourceChange(string Action, string LogicalResourceId, string ResourceType, string? Replacement, IReadOnlyList<string> Properties)
{
    /// <summary>"Modify OrdersCreateFunction (AWS::Lambda::Function): MemorySize" — one plan line.</summary>
    public string Describe()
    {
        string text = $"{Action} {LogicalResourceId} ({ResourceType})";
        if (Properties.Count > 0)
        {
            text += ": " + string.Join(", ", Properties);
        }
        if (Replacement is "True" or "Conditional")
        {
            text += $" (replacement: {Replacement})";
        }
        return text;
    }
}
