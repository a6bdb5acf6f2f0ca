// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md. Compile-and-run only: no marshalling, no HTTP.

using System;
using System.Net;
using Amazon.Runtime;

// Every modelled Lambda error: AmazonLambdaException : AmazonServiceException, with the SDK's six
// constructors and the modelled body members (all have Lambda's "Type" field).
namespace Amazon.Lambda.Model;

public partial class CallbackTimeoutException : AmazonLambdaException
{
    public CallbackTimeoutException()
        : base() { }

    public CallbackTimeoutException(string message)
        : base(message) { }

    public CallbackTimeoutException(string message, Exception innerException)
        : base(message, innerException) { }

    public CallbackTimeoutException(Exception innerException)
        : base(innerException) { }

    public CallbackTimeoutException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public CallbackTimeoutException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class CapacityProviderLimitExceededException : AmazonLambdaException
{
    public CapacityProviderLimitExceededException()
        : base() { }

    public CapacityProviderLimitExceededException(string message)
        : base(message) { }

    public CapacityProviderLimitExceededException(string message, Exception innerException)
        : base(message, innerException) { }

    public CapacityProviderLimitExceededException(Exception innerException)
        : base(innerException) { }

    public CapacityProviderLimitExceededException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public CapacityProviderLimitExceededException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class CodeSigningConfigNotFoundException : AmazonLambdaException
{
    public CodeSigningConfigNotFoundException()
        : base() { }

    public CodeSigningConfigNotFoundException(string message)
        : base(message) { }

    public CodeSigningConfigNotFoundException(string message, Exception innerException)
        : base(message, innerException) { }

    public CodeSigningConfigNotFoundException(Exception innerException)
        : base(innerException) { }

    public CodeSigningConfigNotFoundException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public CodeSigningConfigNotFoundException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class CodeStorageExceededException : AmazonLambdaException
{
    public CodeStorageExceededException()
        : base() { }

    public CodeStorageExceededException(string message)
        : base(message) { }

    public CodeStorageExceededException(string message, Exception innerException)
        : base(message, innerException) { }

    public CodeStorageExceededException(Exception innerException)
        : base(innerException) { }

    public CodeStorageExceededException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public CodeStorageExceededException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class CodeVerificationFailedException : AmazonLambdaException
{
    public CodeVerificationFailedException()
        : base() { }

    public CodeVerificationFailedException(string message)
        : base(message) { }

    public CodeVerificationFailedException(string message, Exception innerException)
        : base(message, innerException) { }

    public CodeVerificationFailedException(Exception innerException)
        : base(innerException) { }

    public CodeVerificationFailedException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public CodeVerificationFailedException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class DurableExecutionAlreadyStartedException : AmazonLambdaException
{
    public DurableExecutionAlreadyStartedException()
        : base() { }

    public DurableExecutionAlreadyStartedException(string message)
        : base(message) { }

    public DurableExecutionAlreadyStartedException(string message, Exception innerException)
        : base(message, innerException) { }

    public DurableExecutionAlreadyStartedException(Exception innerException)
        : base(innerException) { }

    public DurableExecutionAlreadyStartedException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public DurableExecutionAlreadyStartedException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class EC2AccessDeniedException : AmazonLambdaException
{
    public EC2AccessDeniedException()
        : base() { }

    public EC2AccessDeniedException(string message)
        : base(message) { }

    public EC2AccessDeniedException(string message, Exception innerException)
        : base(message, innerException) { }

    public EC2AccessDeniedException(Exception innerException)
        : base(innerException) { }

    public EC2AccessDeniedException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public EC2AccessDeniedException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class EC2ThrottledException : AmazonLambdaException
{
    public EC2ThrottledException()
        : base() { }

    public EC2ThrottledException(string message)
        : base(message) { }

    public EC2ThrottledException(string message, Exception innerException)
        : base(message, innerException) { }

    public EC2ThrottledException(Exception innerException)
        : base(innerException) { }

    public EC2ThrottledException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public EC2ThrottledException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class EC2UnexpectedException : AmazonLambdaException
{
    public EC2UnexpectedException()
        : base() { }

    public EC2UnexpectedException(string message)
        : base(message) { }

    public EC2UnexpectedException(string message, Exception innerException)
        : base(message, innerException) { }

    public EC2UnexpectedException(Exception innerException)
        : base(innerException) { }

    public EC2UnexpectedException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public EC2UnexpectedException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string EC2ErrorCode { get; set; }
    public string Type { get; set; }
}

public partial class EFSIOException : AmazonLambdaException
{
    public EFSIOException()
        : base() { }

    public EFSIOException(string message)
        : base(message) { }

    public EFSIOException(string message, Exception innerException)
        : base(message, innerException) { }

    public EFSIOException(Exception innerException)
        : base(innerException) { }

    public EFSIOException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public EFSIOException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class EFSMountConnectivityException : AmazonLambdaException
{
    public EFSMountConnectivityException()
        : base() { }

    public EFSMountConnectivityException(string message)
        : base(message) { }

    public EFSMountConnectivityException(string message, Exception innerException)
        : base(message, innerException) { }

    public EFSMountConnectivityException(Exception innerException)
        : base(innerException) { }

    public EFSMountConnectivityException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public EFSMountConnectivityException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class EFSMountFailureException : AmazonLambdaException
{
    public EFSMountFailureException()
        : base() { }

    public EFSMountFailureException(string message)
        : base(message) { }

    public EFSMountFailureException(string message, Exception innerException)
        : base(message, innerException) { }

    public EFSMountFailureException(Exception innerException)
        : base(innerException) { }

    public EFSMountFailureException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public EFSMountFailureException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class EFSMountTimeoutException : AmazonLambdaException
{
    public EFSMountTimeoutException()
        : base() { }

    public EFSMountTimeoutException(string message)
        : base(message) { }

    public EFSMountTimeoutException(string message, Exception innerException)
        : base(message, innerException) { }

    public EFSMountTimeoutException(Exception innerException)
        : base(innerException) { }

    public EFSMountTimeoutException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public EFSMountTimeoutException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class ENILimitReachedException : AmazonLambdaException
{
    public ENILimitReachedException()
        : base() { }

    public ENILimitReachedException(string message)
        : base(message) { }

    public ENILimitReachedException(string message, Exception innerException)
        : base(message, innerException) { }

    public ENILimitReachedException(Exception innerException)
        : base(innerException) { }

    public ENILimitReachedException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public ENILimitReachedException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class FunctionVersionsPerCapacityProviderLimitExceededException : AmazonLambdaException
{
    public FunctionVersionsPerCapacityProviderLimitExceededException()
        : base() { }

    public FunctionVersionsPerCapacityProviderLimitExceededException(string message)
        : base(message) { }

    public FunctionVersionsPerCapacityProviderLimitExceededException(string message, Exception innerException)
        : base(message, innerException) { }

    public FunctionVersionsPerCapacityProviderLimitExceededException(Exception innerException)
        : base(innerException) { }

    public FunctionVersionsPerCapacityProviderLimitExceededException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public FunctionVersionsPerCapacityProviderLimitExceededException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class InvalidCodeSignatureException : AmazonLambdaException
{
    public InvalidCodeSignatureException()
        : base() { }

    public InvalidCodeSignatureException(string message)
        : base(message) { }

    public InvalidCodeSignatureException(string message, Exception innerException)
        : base(message, innerException) { }

    public InvalidCodeSignatureException(Exception innerException)
        : base(innerException) { }

    public InvalidCodeSignatureException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public InvalidCodeSignatureException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class InvalidParameterValueException : AmazonLambdaException
{
    public InvalidParameterValueException()
        : base() { }

    public InvalidParameterValueException(string message)
        : base(message) { }

    public InvalidParameterValueException(string message, Exception innerException)
        : base(message, innerException) { }

    public InvalidParameterValueException(Exception innerException)
        : base(innerException) { }

    public InvalidParameterValueException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public InvalidParameterValueException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class InvalidRequestContentException : AmazonLambdaException
{
    public InvalidRequestContentException()
        : base() { }

    public InvalidRequestContentException(string message)
        : base(message) { }

    public InvalidRequestContentException(string message, Exception innerException)
        : base(message, innerException) { }

    public InvalidRequestContentException(Exception innerException)
        : base(innerException) { }

    public InvalidRequestContentException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public InvalidRequestContentException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class InvalidRuntimeException : AmazonLambdaException
{
    public InvalidRuntimeException()
        : base() { }

    public InvalidRuntimeException(string message)
        : base(message) { }

    public InvalidRuntimeException(string message, Exception innerException)
        : base(message, innerException) { }

    public InvalidRuntimeException(Exception innerException)
        : base(innerException) { }

    public InvalidRuntimeException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public InvalidRuntimeException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class InvalidSecurityGroupIDException : AmazonLambdaException
{
    public InvalidSecurityGroupIDException()
        : base() { }

    public InvalidSecurityGroupIDException(string message)
        : base(message) { }

    public InvalidSecurityGroupIDException(string message, Exception innerException)
        : base(message, innerException) { }

    public InvalidSecurityGroupIDException(Exception innerException)
        : base(innerException) { }

    public InvalidSecurityGroupIDException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public InvalidSecurityGroupIDException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class InvalidSubnetIDException : AmazonLambdaException
{
    public InvalidSubnetIDException()
        : base() { }

    public InvalidSubnetIDException(string message)
        : base(message) { }

    public InvalidSubnetIDException(string message, Exception innerException)
        : base(message, innerException) { }

    public InvalidSubnetIDException(Exception innerException)
        : base(innerException) { }

    public InvalidSubnetIDException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public InvalidSubnetIDException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class InvalidZipFileException : AmazonLambdaException
{
    public InvalidZipFileException()
        : base() { }

    public InvalidZipFileException(string message)
        : base(message) { }

    public InvalidZipFileException(string message, Exception innerException)
        : base(message, innerException) { }

    public InvalidZipFileException(Exception innerException)
        : base(innerException) { }

    public InvalidZipFileException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public InvalidZipFileException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class KMSAccessDeniedException : AmazonLambdaException
{
    public KMSAccessDeniedException()
        : base() { }

    public KMSAccessDeniedException(string message)
        : base(message) { }

    public KMSAccessDeniedException(string message, Exception innerException)
        : base(message, innerException) { }

    public KMSAccessDeniedException(Exception innerException)
        : base(innerException) { }

    public KMSAccessDeniedException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public KMSAccessDeniedException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class KMSDisabledException : AmazonLambdaException
{
    public KMSDisabledException()
        : base() { }

    public KMSDisabledException(string message)
        : base(message) { }

    public KMSDisabledException(string message, Exception innerException)
        : base(message, innerException) { }

    public KMSDisabledException(Exception innerException)
        : base(innerException) { }

    public KMSDisabledException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public KMSDisabledException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class KMSInvalidStateException : AmazonLambdaException
{
    public KMSInvalidStateException()
        : base() { }

    public KMSInvalidStateException(string message)
        : base(message) { }

    public KMSInvalidStateException(string message, Exception innerException)
        : base(message, innerException) { }

    public KMSInvalidStateException(Exception innerException)
        : base(innerException) { }

    public KMSInvalidStateException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public KMSInvalidStateException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class KMSNotFoundException : AmazonLambdaException
{
    public KMSNotFoundException()
        : base() { }

    public KMSNotFoundException(string message)
        : base(message) { }

    public KMSNotFoundException(string message, Exception innerException)
        : base(message, innerException) { }

    public KMSNotFoundException(Exception innerException)
        : base(innerException) { }

    public KMSNotFoundException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public KMSNotFoundException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class NoPublishedVersionException : AmazonLambdaException
{
    public NoPublishedVersionException()
        : base() { }

    public NoPublishedVersionException(string message)
        : base(message) { }

    public NoPublishedVersionException(string message, Exception innerException)
        : base(message, innerException) { }

    public NoPublishedVersionException(Exception innerException)
        : base(innerException) { }

    public NoPublishedVersionException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public NoPublishedVersionException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class PolicyLengthExceededException : AmazonLambdaException
{
    public PolicyLengthExceededException()
        : base() { }

    public PolicyLengthExceededException(string message)
        : base(message) { }

    public PolicyLengthExceededException(string message, Exception innerException)
        : base(message, innerException) { }

    public PolicyLengthExceededException(Exception innerException)
        : base(innerException) { }

    public PolicyLengthExceededException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public PolicyLengthExceededException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class PreconditionFailedException : AmazonLambdaException
{
    public PreconditionFailedException()
        : base() { }

    public PreconditionFailedException(string message)
        : base(message) { }

    public PreconditionFailedException(string message, Exception innerException)
        : base(message, innerException) { }

    public PreconditionFailedException(Exception innerException)
        : base(innerException) { }

    public PreconditionFailedException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public PreconditionFailedException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class ProvisionedConcurrencyConfigNotFoundException : AmazonLambdaException
{
    public ProvisionedConcurrencyConfigNotFoundException()
        : base() { }

    public ProvisionedConcurrencyConfigNotFoundException(string message)
        : base(message) { }

    public ProvisionedConcurrencyConfigNotFoundException(string message, Exception innerException)
        : base(message, innerException) { }

    public ProvisionedConcurrencyConfigNotFoundException(Exception innerException)
        : base(innerException) { }

    public ProvisionedConcurrencyConfigNotFoundException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public ProvisionedConcurrencyConfigNotFoundException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class RecursiveInvocationException : AmazonLambdaException
{
    public RecursiveInvocationException()
        : base() { }

    public RecursiveInvocationException(string message)
        : base(message) { }

    public RecursiveInvocationException(string message, Exception innerException)
        : base(message, innerException) { }

    public RecursiveInvocationException(Exception innerException)
        : base(innerException) { }

    public RecursiveInvocationException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public RecursiveInvocationException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class RequestTooLargeException : AmazonLambdaException
{
    public RequestTooLargeException()
        : base() { }

    public RequestTooLargeException(string message)
        : base(message) { }

    public RequestTooLargeException(string message, Exception innerException)
        : base(message, innerException) { }

    public RequestTooLargeException(Exception innerException)
        : base(innerException) { }

    public RequestTooLargeException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public RequestTooLargeException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class ResourceConflictException : AmazonLambdaException
{
    public ResourceConflictException()
        : base() { }

    public ResourceConflictException(string message)
        : base(message) { }

    public ResourceConflictException(string message, Exception innerException)
        : base(message, innerException) { }

    public ResourceConflictException(Exception innerException)
        : base(innerException) { }

    public ResourceConflictException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public ResourceConflictException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class ResourceInUseException : AmazonLambdaException
{
    public ResourceInUseException()
        : base() { }

    public ResourceInUseException(string message)
        : base(message) { }

    public ResourceInUseException(string message, Exception innerException)
        : base(message, innerException) { }

    public ResourceInUseException(Exception innerException)
        : base(innerException) { }

    public ResourceInUseException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public ResourceInUseException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class ResourceNotFoundException : AmazonLambdaException
{
    public ResourceNotFoundException()
        : base() { }

    public ResourceNotFoundException(string message)
        : base(message) { }

    public ResourceNotFoundException(string message, Exception innerException)
        : base(message, innerException) { }

    public ResourceNotFoundException(Exception innerException)
        : base(innerException) { }

    public ResourceNotFoundException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public ResourceNotFoundException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class ResourceNotReadyException : AmazonLambdaException
{
    public ResourceNotReadyException()
        : base() { }

    public ResourceNotReadyException(string message)
        : base(message) { }

    public ResourceNotReadyException(string message, Exception innerException)
        : base(message, innerException) { }

    public ResourceNotReadyException(Exception innerException)
        : base(innerException) { }

    public ResourceNotReadyException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public ResourceNotReadyException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class S3FilesMountConnectivityException : AmazonLambdaException
{
    public S3FilesMountConnectivityException()
        : base() { }

    public S3FilesMountConnectivityException(string message)
        : base(message) { }

    public S3FilesMountConnectivityException(string message, Exception innerException)
        : base(message, innerException) { }

    public S3FilesMountConnectivityException(Exception innerException)
        : base(innerException) { }

    public S3FilesMountConnectivityException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public S3FilesMountConnectivityException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class S3FilesMountFailureException : AmazonLambdaException
{
    public S3FilesMountFailureException()
        : base() { }

    public S3FilesMountFailureException(string message)
        : base(message) { }

    public S3FilesMountFailureException(string message, Exception innerException)
        : base(message, innerException) { }

    public S3FilesMountFailureException(Exception innerException)
        : base(innerException) { }

    public S3FilesMountFailureException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public S3FilesMountFailureException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class S3FilesMountTimeoutException : AmazonLambdaException
{
    public S3FilesMountTimeoutException()
        : base() { }

    public S3FilesMountTimeoutException(string message)
        : base(message) { }

    public S3FilesMountTimeoutException(string message, Exception innerException)
        : base(message, innerException) { }

    public S3FilesMountTimeoutException(Exception innerException)
        : base(innerException) { }

    public S3FilesMountTimeoutException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public S3FilesMountTimeoutException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class SerializedRequestEntityTooLargeException : AmazonLambdaException
{
    public SerializedRequestEntityTooLargeException()
        : base() { }

    public SerializedRequestEntityTooLargeException(string message)
        : base(message) { }

    public SerializedRequestEntityTooLargeException(string message, Exception innerException)
        : base(message, innerException) { }

    public SerializedRequestEntityTooLargeException(Exception innerException)
        : base(innerException) { }

    public SerializedRequestEntityTooLargeException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public SerializedRequestEntityTooLargeException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class ServiceException : AmazonLambdaException
{
    public ServiceException()
        : base() { }

    public ServiceException(string message)
        : base(message) { }

    public ServiceException(string message, Exception innerException)
        : base(message, innerException) { }

    public ServiceException(Exception innerException)
        : base(innerException) { }

    public ServiceException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public ServiceException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class SnapStartException : AmazonLambdaException
{
    public SnapStartException()
        : base() { }

    public SnapStartException(string message)
        : base(message) { }

    public SnapStartException(string message, Exception innerException)
        : base(message, innerException) { }

    public SnapStartException(Exception innerException)
        : base(innerException) { }

    public SnapStartException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public SnapStartException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class SnapStartNotReadyException : AmazonLambdaException
{
    public SnapStartNotReadyException()
        : base() { }

    public SnapStartNotReadyException(string message)
        : base(message) { }

    public SnapStartNotReadyException(string message, Exception innerException)
        : base(message, innerException) { }

    public SnapStartNotReadyException(Exception innerException)
        : base(innerException) { }

    public SnapStartNotReadyException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public SnapStartNotReadyException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class SnapStartTimeoutException : AmazonLambdaException
{
    public SnapStartTimeoutException()
        : base() { }

    public SnapStartTimeoutException(string message)
        : base(message) { }

    public SnapStartTimeoutException(string message, Exception innerException)
        : base(message, innerException) { }

    public SnapStartTimeoutException(Exception innerException)
        : base(innerException) { }

    public SnapStartTimeoutException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public SnapStartTimeoutException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class SubnetIPAddressLimitReachedException : AmazonLambdaException
{
    public SubnetIPAddressLimitReachedException()
        : base() { }

    public SubnetIPAddressLimitReachedException(string message)
        : base(message) { }

    public SubnetIPAddressLimitReachedException(string message, Exception innerException)
        : base(message, innerException) { }

    public SubnetIPAddressLimitReachedException(Exception innerException)
        : base(innerException) { }

    public SubnetIPAddressLimitReachedException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public SubnetIPAddressLimitReachedException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}

public partial class TooManyRequestsException : AmazonLambdaException
{
    public TooManyRequestsException()
        : base() { }

    public TooManyRequestsException(string message)
        : base(message) { }

    public TooManyRequestsException(string message, Exception innerException)
        : base(message, innerException) { }

    public TooManyRequestsException(Exception innerException)
        : base(innerException) { }

    public TooManyRequestsException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public TooManyRequestsException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public ThrottleReason Reason { get; set; }
    public string RetryAfterSeconds { get; set; }
    public string Type { get; set; }
}

public partial class UnsupportedMediaTypeException : AmazonLambdaException
{
    public UnsupportedMediaTypeException()
        : base() { }

    public UnsupportedMediaTypeException(string message)
        : base(message) { }

    public UnsupportedMediaTypeException(string message, Exception innerException)
        : base(message, innerException) { }

    public UnsupportedMediaTypeException(Exception innerException)
        : base(innerException) { }

    public UnsupportedMediaTypeException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public UnsupportedMediaTypeException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }

    public string Type { get; set; }
}
