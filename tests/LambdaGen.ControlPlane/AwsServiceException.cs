using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// An error answer in the Lambda REST-JSON shape: HTTP status, the <c>x-amzn-ErrorType</c> header and a
/// JSON body with <c>Type</c> and <c>message</c>. Thrown anywhere in request handling and rendered once.
/// </summary>
internal sealed class AwsServiceException : Exception
{
    public AwsServiceException(int status, string errorType, string message)
        : base(message)
    {
        Status = status;
        ErrorType = errorType;
    }

    public int Status { get; }

    public string ErrorType { get; }

    /// <summary>Extra body members (e.g. TooManyRequestsException's Reason).</summary>
    public Dictionary<string, string> ExtraBody { get; } = new();

    /// <summary>Extra response headers (e.g. Retry-After).</summary>
    public Dictionary<string, string> ExtraHeaders { get; } = new();

    public JsonObject ToBody()
    {
        // The model spells ServiceException's member "Message"; every other Lambda error uses "message".
        var body = new JsonObject
        {
            ["Type"] = Status >= 500 ? "Service" : "User",
            [ErrorType == "ServiceException" ? "Message" : "message"] = Message,
        };
        foreach (var (k, v) in ExtraBody)
        {
            body[k] = v;
        }

        return body;
    }

    // Factories for the errors the service returns, so messages stay in one place.
    public static AwsServiceException NotFound(string arn) =>
        new(404, "ResourceNotFoundException", $"Function not found: {arn}");

    public static AwsServiceException UpdateInProgress(string arn) =>
        new(409, "ResourceConflictException",
            $"The operation cannot be performed at this time. An update is in progress for resource: {arn}");

    public static AwsServiceException InvalidParameter(string message) =>
        new(400, "InvalidParameterValueException", message);

    public static AwsServiceException Serialization(string message) =>
        new(400, "SerializationException", message);

    public static AwsServiceException ServiceError() =>
        new(500, "ServiceException", "The AWS Lambda service encountered an internal error.");

    public static AwsServiceException Throttled(int retryAfterSeconds)
    {
        var e = new AwsServiceException(429, "TooManyRequestsException", "Rate exceeded");
        e.ExtraBody["Reason"] = "CallerRateLimitExceeded";
        if (retryAfterSeconds > 0)
        {
            e.ExtraHeaders["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return e;
    }

    public static AwsServiceException RevisionMismatch() =>
        new(412, "PreconditionFailedException",
            "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");

    public static AwsServiceException InvalidSignature(string message) =>
        new(403, "InvalidSignatureException", message);
}
