using System.Text.Json.Nodes;

namespace LambdaGen.Deploy.Planning;

/// <summary>What the deploy does to an existing function's code signing configuration.</summary>
internal enum CodeSigningAction
{
    /// <summary>Declared and deployed agree (both absent, or the same ARN): no call.</summary>
    None,
    /// <summary>PutFunctionCodeSigningConfig with the declared ARN.</summary>
    Put,
    /// <summary>DeleteFunctionCodeSigningConfig: the manifest declares none but the function has one.</summary>
    Delete,
}

/// <summary>
/// The code signing configuration of an existing function. It is not part of UpdateFunctionConfiguration:
/// Lambda manages it with Get/Put/DeleteFunctionCodeSigningConfig. The code owns it like any other setting,
/// so a configuration the manifest no longer declares is removed.
/// </summary>
internal sealed record CodeSigningPlan(CodeSigningAction Action, string? Deployed, string? Wanted)
{
    public const string Field = "CodeSigningConfigArn";

    /// <summary>Nothing to compare (an image function, where Lambda does not support code signing).</summary>
    public static readonly CodeSigningPlan NotApplicable = new(CodeSigningAction.None, null, null);

    public bool HasChange => Action != CodeSigningAction.None;

    /// <summary>The line the plan shows, or null when nothing changes.</summary>
    public FieldChange? Change => Action switch
    {
        CodeSigningAction.None => null,
        _ => new FieldChange(Field, Show(Deployed), Show(Wanted), IsReset: Action == CodeSigningAction.Delete),
    };

    /// <param name="declared">the manifest's CodeSigningConfigArn (null or empty: none).</param>
    /// <param name="deployed">what GetFunctionCodeSigningConfig reported (null or empty: none).</param>
    public static CodeSigningPlan Compute(string? declared, string? deployed)
    {
        string? wanted = string.IsNullOrEmpty(declared) ? null : declared;
        string? current = string.IsNullOrEmpty(deployed) ? null : deployed;
        CodeSigningAction action = (wanted, current) switch
        {
            (null, null) => CodeSigningAction.None,
            (null, _) => CodeSigningAction.Delete,
            _ when string.Equals(wanted, current, StringComparison.Ordinal) => CodeSigningAction.None,
            _ => CodeSigningAction.Put,
        };
        return new CodeSigningPlan(action, current, wanted);
    }

    private static string Show(string? arn) => arn is null ? FieldChange.None : JsonValue.Create(arn).ToJsonString();
}
