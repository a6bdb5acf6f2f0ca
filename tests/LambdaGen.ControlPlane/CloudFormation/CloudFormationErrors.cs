namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>The error codes CloudFormation answers with (all HTTP 400 "Sender" faults but the internal failure).</summary>
internal static class CloudFormationErrors
{
    public static AwsServiceException Validation(string message) => new(400, "ValidationError", message);

    public static AwsServiceException StackNotFound(string stack) => Validation($"Stack with id {stack} does not exist");

    public static AwsServiceException ChangeSetNotFound(string changeSet) => new(404, "ChangeSetNotFound", $"ChangeSet [{changeSet}] does not exist");

    public static AwsServiceException AlreadyExists(string message) => new(400, "AlreadyExistsException", message);

    public static AwsServiceException InvalidChangeSetStatus(string message) => new(400, "InvalidChangeSetStatus", message);

    public static AwsServiceException Throttling() => new(400, "Throttling", "Rate exceeded");

    public static AwsServiceException InternalFailure() => new(500, "InternalFailure", "The request processing has failed because of an unknown error, exception or failure.");
}
