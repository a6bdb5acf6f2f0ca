namespace LambdaGen.ControlPlane;

/// <summary>
/// A stack as a test sees it: status, resources (logical ID → type and physical ID), parameters, outputs, its events
/// oldest first as "LogicalId STATUS", and the names of its change sets.
/// </summary>
public sealed record StackState(
    string Name,
    string StackId,
    string Status,
    string? StatusReason,
    IReadOnlyDictionary<string, (string Type, string PhysicalId)> Resources,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Outputs,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> ChangeSets);
