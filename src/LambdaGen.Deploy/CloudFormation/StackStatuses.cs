namespace LambdaGen.Deploy.CloudFormation;

/// <summary>What a stack status means for the deploy (StackStatus values from the CloudFormation API model).</summary>
internal static class StackStatuses
{
    public const string ReviewInProgress = "REVIEW_IN_PROGRESS";

    /// <summary>Still changing: wait (UPDATE_COMPLETE_CLEANUP_IN_PROGRESS included, it ends in UPDATE_COMPLETE).</summary>
    public static bool InProgress(string status) => status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal);

    /// <summary>The change set was applied: CREATE_COMPLETE, UPDATE_COMPLETE, IMPORT_COMPLETE.</summary>
    public static bool Succeeded(string status) => status is "CREATE_COMPLETE" or "UPDATE_COMPLETE" or "IMPORT_COMPLETE";

    /// <summary>A stack that cannot take an UPDATE change set: a failed creation (ROLLBACK_*), or a failed delete/rollback.</summary>
    public static bool NeedsDeletion(string status) =>
        status is "ROLLBACK_COMPLETE" or "ROLLBACK_FAILED" or "CREATE_FAILED" or "DELETE_FAILED" or "UPDATE_ROLLBACK_FAILED" or "IMPORT_ROLLBACK_FAILED";

    /// <summary>A resource event that reports the failure (CREATE_FAILED, UPDATE_FAILED, DELETE_FAILED, IMPORT_FAILED).</summary>
    public static bool IsFailure(string resourceStatus) => resourceStatus.EndsWith("_FAILED", StringComparison.Ordinal);
}
