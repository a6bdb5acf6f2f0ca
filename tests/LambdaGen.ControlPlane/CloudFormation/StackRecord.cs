using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>One stack: its status, the template and parameters last applied, its resources, events and change sets.</summary>
internal sealed class StackRecord(string name, string id, DateTimeOffset created)
{
    public string Name { get; } = name;

    public string Id { get; } = id;

    public DateTimeOffset CreationTime { get; } = created;

    public DateTimeOffset? LastUpdatedTime { get; set; }

    public string Status { get; set; } = "REVIEW_IN_PROGRESS";

    public string? StatusReason { get; set; }

    /// <summary>The template of the last successful operation (null while the stack has none, in REVIEW_IN_PROGRESS).</summary>
    public JsonObject? Template { get; set; }

    public string? TemplateBody { get; set; }

    public Dictionary<string, string> Parameters { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Deployed resources by logical ID.</summary>
    public Dictionary<string, DeployedResource> Resources { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Outputs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Oldest first (DescribeStackEvents lists them newest first).</summary>
    public List<StackEventRecord> Events { get; } = new();

    public List<ChangeSetRecord> ChangeSets { get; } = new();
}

/// <summary>A resource as the stack created it: its physical ID, the resolved properties and the attributes GetAtt reads.</summary>
internal sealed record DeployedResource(string LogicalId, string Type, string PhysicalId, JsonObject Properties, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>The template's properties before resolution (what a change set compares).</summary>
    public JsonObject? TemplateProperties { get; init; }
}

internal sealed record StackEventRecord(
    string EventId, string LogicalResourceId, string? PhysicalResourceId, string ResourceType, string ResourceStatus, string? ResourceStatusReason, DateTimeOffset Timestamp);
