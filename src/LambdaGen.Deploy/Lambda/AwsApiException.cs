namespace LambdaGen.Deploy.Lambda;

/// <summary>An error response from an AWS API, as Lambda's REST-JSON protocol reports it.</summary>
internal sealed class AwsApiException : Exception
{
    public AwsApiException(string operation, int statusCode, string errorType, string awsMessage, TimeSpan? retryAfter)
        : base($"{operation}: {errorType} (HTTP {statusCode}): {awsMessage}")
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorType = errorType;
        AwsMessage = awsMessage;
        RetryAfter = retryAfter;
    }

    public string Operation { get; }
    public int StatusCode { get; }
    /// <summary>From <c>x-amzn-ErrorType</c> (text before any ':'), else the body's type.</summary>
    public string ErrorType { get; }
    public string AwsMessage { get; }
    public TimeSpan? RetryAfter { get; }
}

/// <summary>The connection failed before any response (reset, refused, timed out).</summary>
internal sealed class AwsConnectionException : Exception
{
    public AwsConnectionException(string operation, Exception inner)
        : base($"{operation}: connection failed: {inner.Message}", inner)
    {
        Operation = operation;
    }

    public string Operation { get; }
}
