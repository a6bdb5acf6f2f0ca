using System.Text.Json;
using LambdaGen;

namespace OrdersApi;

/// <summary>
/// An HTTP API behind a function URL. The URL, the aliases, the concurrency and the asynchronous invocation settings are
/// declared here with the handler, checked as you type, written to their own manifests and deployed with the function.
/// </summary>
public static class Api
{
    /// <summary>
    /// Orders over HTTPS. Every publish cuts a version (<c>Publish = true</c>); the deploy then moves <c>live</c> and
    /// <c>canary</c> to it. The URL is on <c>live</c>, callers sign with SigV4 (AWS_IAM), and <c>live</c> keeps five
    /// execution environments warm out of the fifty the function reserves.
    /// </summary>
    [LambdaFunction(FunctionName = "orders-api", Description = "Orders HTTP API", MemorySize = 512, Timeout = 10,
        Publish = true, ReservedConcurrentExecutions = 50)]
    [LambdaFunctionUrl(AuthType = LambdaFunctionUrlAuthType.AwsIam, InvokeMode = LambdaInvokeMode.Buffered, Qualifier = "live",
        AllowOrigins = new[] { "https://shop.example.com" }, AllowMethods = new[] { "GET", "POST" },
        AllowHeaders = new[] { "content-type" }, ExposeHeaders = new[] { "x-request-id" },
        AllowCredentials = true, MaxAge = 300)]
    [LambdaAlias("live", Description = "production traffic", ProvisionedConcurrentExecutions = 5)]
    [LambdaAlias("canary", Description = "the same version, without warm capacity")]
    [LambdaAsyncInvoke(MaximumRetryAttempts = 1, MaximumEventAgeInSeconds = 3600,
        OnSuccess = "arn:aws:sqs:us-east-1:123456789012:orders-api-done",
        OnFailure = "arn:aws:sns:us-east-1:123456789012:orders-api-failed")]
    public static Stream Handle(Stream request)
    {
        using var document = JsonDocument.Parse(request);
        var path = document.RootElement.TryGetProperty("rawPath", out var raw) ? raw.GetString() : "/";
        return Json(new { statusCode = 200, body = JsonSerializer.Serialize(new { path, orders = Array.Empty<object>() }) });
    }

    /// <summary>
    /// Order events, invoked asynchronously. Its reserved concurrency (10) comes from the
    /// <c>LambdaReservedConcurrentExecutions</c> MSBuild property; events that fail their one retry go to an S3 bucket
    /// (a destination only on failure).
    /// </summary>
    [LambdaFunction(FunctionName = "orders-events", Description = "Handles order events", MemorySize = 256, Timeout = 60)]
    [LambdaAsyncInvoke(MaximumRetryAttempts = 1, OnFailure = "arn:aws:s3:::orders-api-failed-events")]
    public static Stream OnEvent(Stream input) => Json(new { handled = true });

    private static Stream Json<T>(T value) => new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(value));
}
