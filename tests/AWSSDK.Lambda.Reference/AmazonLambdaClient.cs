// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md. Compile-and-run only: no marshalling, no HTTP.

using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Model;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Amazon.Lambda;

/// <summary>
/// Has the real client's constructors so user code compiles, but every operation throws
/// <see cref="NotSupportedException"/>: tests that need behaviour should mock <see cref="IAmazonLambda"/>
/// (all members here are virtual, like the real client's). Unlike the real client this does not derive
/// from AmazonServiceClient and never resolves credentials or regions.
/// </summary>
public partial class AmazonLambdaClient : IAmazonLambda
{
    private readonly AmazonLambdaConfig _config;

    public AmazonLambdaClient()
        : this((AWSCredentials)null, new AmazonLambdaConfig()) { }

    public AmazonLambdaClient(RegionEndpoint region)
        : this((AWSCredentials)null, new AmazonLambdaConfig { RegionEndpoint = region }) { }

    public AmazonLambdaClient(AmazonLambdaConfig config)
        : this((AWSCredentials)null, config) { }

    public AmazonLambdaClient(AWSCredentials credentials)
        : this(credentials, new AmazonLambdaConfig()) { }

    public AmazonLambdaClient(AWSCredentials credentials, RegionEndpoint region)
        : this(credentials, new AmazonLambdaConfig { RegionEndpoint = region }) { }

    public AmazonLambdaClient(AWSCredentials credentials, AmazonLambdaConfig clientConfig)
    {
        Credentials = credentials;
        _config = clientConfig ?? throw new ArgumentNullException(nameof(clientConfig));
    }

    public AmazonLambdaClient(string awsAccessKeyId, string awsSecretAccessKey)
        : this(new BasicAWSCredentials(awsAccessKeyId, awsSecretAccessKey), new AmazonLambdaConfig()) { }

    public AmazonLambdaClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region)
        : this(new BasicAWSCredentials(awsAccessKeyId, awsSecretAccessKey), new AmazonLambdaConfig { RegionEndpoint = region }) { }

    public AmazonLambdaClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonLambdaConfig clientConfig)
        : this(new BasicAWSCredentials(awsAccessKeyId, awsSecretAccessKey), clientConfig) { }

    public AmazonLambdaClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken)
        : this(new SessionAWSCredentials(awsAccessKeyId, awsSecretAccessKey, awsSessionToken), new AmazonLambdaConfig()) { }

    public AmazonLambdaClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, RegionEndpoint region)
        : this(new SessionAWSCredentials(awsAccessKeyId, awsSecretAccessKey, awsSessionToken), new AmazonLambdaConfig { RegionEndpoint = region }) { }

    public AmazonLambdaClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonLambdaConfig clientConfig)
        : this(new SessionAWSCredentials(awsAccessKeyId, awsSecretAccessKey, awsSessionToken), clientConfig) { }

    /// <summary>Not in the real client's public surface: the credentials passed in (null when none were).</summary>
    internal AWSCredentials Credentials { get; }

    public IClientConfig Config => _config;

    // AWSSDK.Core's net8.0 build declares these two as static abstract members of IAmazonService, so every
    // IAmazonService implementation loaded on .NET 8+ must have them (the netstandard2.0 Core build does not
    // declare them; public static methods with the same signatures satisfy both).
    public static ClientConfig CreateDefaultClientConfig()
    {
        return new AmazonLambdaConfig();
    }

    public static IAmazonService CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig)
    {
        return new AmazonLambdaClient(awsCredentials, (AmazonLambdaConfig)clientConfig);
    }

    public virtual Task<CreateAliasResponse> CreateAliasAsync(CreateAliasRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(CreateAliasAsync));

    public virtual Task<CreateEventSourceMappingResponse> CreateEventSourceMappingAsync(CreateEventSourceMappingRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(CreateEventSourceMappingAsync));

    public virtual Task<CreateFunctionUrlConfigResponse> CreateFunctionUrlConfigAsync(CreateFunctionUrlConfigRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(CreateFunctionUrlConfigAsync));

    public virtual Task<PutFunctionConcurrencyResponse> PutFunctionConcurrencyAsync(PutFunctionConcurrencyRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(PutFunctionConcurrencyAsync));

    public virtual Task<PutFunctionEventInvokeConfigResponse> PutFunctionEventInvokeConfigAsync(PutFunctionEventInvokeConfigRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(PutFunctionEventInvokeConfigAsync));

    public virtual Task<PutProvisionedConcurrencyConfigResponse> PutProvisionedConcurrencyConfigAsync(PutProvisionedConcurrencyConfigRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(PutProvisionedConcurrencyConfigAsync));

    public virtual Task<CreateFunctionResponse> CreateFunctionAsync(CreateFunctionRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(CreateFunctionAsync));

    public virtual Task<GetFunctionConfigurationResponse> GetFunctionConfigurationAsync(string functionName, CancellationToken cancellationToken = default)
        => GetFunctionConfigurationAsync(new GetFunctionConfigurationRequest { FunctionName = functionName }, cancellationToken);

    public virtual Task<GetFunctionConfigurationResponse> GetFunctionConfigurationAsync(GetFunctionConfigurationRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(GetFunctionConfigurationAsync));

    public virtual Task<PublishVersionResponse> PublishVersionAsync(PublishVersionRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(PublishVersionAsync));

    public virtual Task<UpdateFunctionCodeResponse> UpdateFunctionCodeAsync(UpdateFunctionCodeRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(UpdateFunctionCodeAsync));

    public virtual Task<UpdateFunctionConfigurationResponse> UpdateFunctionConfigurationAsync(UpdateFunctionConfigurationRequest request, CancellationToken cancellationToken = default)
        => throw NotSupported(nameof(UpdateFunctionConfigurationAsync));

    public virtual Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request)
        => throw NotSupported(nameof(DetermineServiceOperationEndpoint));

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private static NotSupportedException NotSupported(string operation)
        => new NotSupportedException("AWSSDK.Lambda stand-in (tests/AWSSDK.Lambda.Reference): " + operation + " does not call AWS. Mock IAmazonLambda instead.");
}
