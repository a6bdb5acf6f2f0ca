using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>A change set: what CreateChangeSet was given, its status, and the resource changes it computed.</summary>
internal sealed class ChangeSetRecord(string name, string id, string type, DateTimeOffset created)
{
    public string Name { get; } = name;

    public string Id { get; } = id;

    /// <summary>CREATE or UPDATE.</summary>
    public string Type { get; } = type;

    public DateTimeOffset CreationTime { get; } = created;

    public string? Description { get; init; }

    public string Status { get; set; } = "CREATE_PENDING";

    public string? StatusReason { get; set; }

    public string ExecutionStatus { get; set; } = "UNAVAILABLE";

    public JsonObject Template { get; init; } = new();

    public string TemplateBody { get; init; } = "";

    public Dictionary<string, string> Parameters { get; init; } = new(StringComparer.Ordinal);

    public List<PlannedChange> Changes { get; } = new();
}

/// <summary>One resource change: Add, Modify or Remove, with the top-level properties that differ.</summary>
internal sealed record PlannedChange(string Action, string LogicalId, string Type, string? PhysicalId, string? Replacement, IReadOnlyList<(string Name, bool Recreates)> Properties);
