using System;

namespace LambdaGen;

/// <summary>
/// How Lambda handles asynchronous invocations of the handler's function (Lambda's PutFunctionEventInvokeConfig):
/// retries, the maximum event age, and where to send the result.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LambdaAsyncInvokeAttribute : Attribute
{
    /// <summary>Retries after a failed asynchronous invocation (0–2; Lambda's default 2).</summary>
    public int MaximumRetryAttempts { get; set; }
    /// <summary>Seconds an event may wait to be processed (60–21600; Lambda's default 21600).</summary>
    public int MaximumEventAgeInSeconds { get; set; }
    /// <summary>Destination ARN for successful invocations: an SQS queue, SNS topic, Lambda function or EventBridge bus.</summary>
    public string? OnSuccess { get; set; }
    /// <summary>Destination ARN for failed invocations: an SQS queue, SNS topic, Lambda function, EventBridge bus or S3 bucket.</summary>
    public string? OnFailure { get; set; }
}
