namespace LambdaGen.Deploy;

/// <summary>What happened to one function.</summary>
public sealed record FunctionResult(string FunctionName, string Action, TimeSpan Duration, string? Version, string? Error)
{
    /// <summary>The function's other configuration that changed (or, in a dry run, would): <c>concurrency</c>, <c>alias live</c>,
    /// <c>provisioned live</c>, <c>url</c>, <c>url-public</c>, <c>async</c>; a removal starts with <c>-</c>.</summary>
    public IReadOnlyList<string> Changes { get; init; } = Array.Empty<string>();

    public const string Created = "created";
    public const string Updated = "updated";
    public const string NoChange = "no change";
    public const string Skipped = "skipped";
    public const string Failed = "FAILED";
    public const string WouldCreate = "would create";
    public const string WouldUpdate = "would update";

    public bool IsFailure => Action == Failed;
}

/// <summary>The outcome of a run: per-function results and the process exit code.</summary>
public sealed class DeployResult
{
    public DeployResult(IReadOnlyList<FunctionResult> functions, int exitCode)
    {
        Functions = functions;
        ExitCode = exitCode;
    }

    public IReadOnlyList<FunctionResult> Functions { get; }

    /// <summary>0 on success; 1 when any function failed or the run stopped before any call.</summary>
    public int ExitCode { get; }

    /// <summary>What the CloudFormation engine did to its stack; null for the direct engine.</summary>
    public StackResult? Stack { get; init; }
}

/// <summary>
/// The CloudFormation engine's outcome: the change set's type (CREATE or UPDATE) and plan lines, and the stack's final status
/// (null when nothing was executed: a dry run, an empty change set, or a failure before the execute).
/// </summary>
public sealed record StackResult(string StackName, string? ChangeSetType, IReadOnlyList<string> Changes, bool Executed, string? FinalStatus);
