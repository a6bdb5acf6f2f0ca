// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md. Compile-and-run only: no marshalling, no HTTP.

using System;
using System.Net;
using Amazon.Runtime;

namespace Amazon.Lambda;

/// <summary>Base of every Lambda service error; unknown error codes surface as this type.</summary>
public partial class AmazonLambdaException : AmazonServiceException
{
    public AmazonLambdaException()
        : base() { }

    public AmazonLambdaException(string message)
        : base(message) { }

    public AmazonLambdaException(string message, Exception innerException)
        : base(message, innerException) { }

    public AmazonLambdaException(Exception innerException)
        : base(innerException) { }

    public AmazonLambdaException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public AmazonLambdaException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }
}
