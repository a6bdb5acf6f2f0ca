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
/// The Lambda client interface, reduced to the operations a deploy needs: the function's, and those of its alias, URL,
/// concurrency and asynchronous invocation configuration (the real one has many more, plus a Paginators property). Async only, as in the netstandard2.0/net8.0 builds of the package.
/// </summary>
public partial interface IAmazonLambda : IAmazonService, IDisposable
{
    Task<CreateAliasResponse> CreateAliasAsync(CreateAliasRequest request, CancellationToken cancellationToken = default);

    Task<CreateEventSourceMappingResponse> CreateEventSourceMappingAsync(CreateEventSourceMappingRequest request, CancellationToken cancellationToken = default);

    Task<CreateFunctionUrlConfigResponse> CreateFunctionUrlConfigAsync(CreateFunctionUrlConfigRequest request, CancellationToken cancellationToken = default);

    Task<PutFunctionConcurrencyResponse> PutFunctionConcurrencyAsync(PutFunctionConcurrencyRequest request, CancellationToken cancellationToken = default);

    Task<PutFunctionEventInvokeConfigResponse> PutFunctionEventInvokeConfigAsync(PutFunctionEventInvokeConfigRequest request, CancellationToken cancellationToken = default);

    Task<PutProvisionedConcurrencyConfigResponse> PutProvisionedConcurrencyConfigAsync(PutProvisionedConcurrencyConfigRequest request, CancellationToken cancellationToken = default);

    Task<CreateFunctionResponse> CreateFunctionAsync(CreateFunctionRequest request, CancellationToken cancellationToken = default);

    Task<GetFunctionConfigurationResponse> GetFunctionConfigurationAsync(string functionName, CancellationToken cancellationToken = default);

    Task<GetFunctionConfigurationResponse> GetFunctionConfigurationAsync(GetFunctionConfigurationRequest request, CancellationToken cancellationToken = default);

    Task<PublishVersionResponse> PublishVersionAsync(PublishVersionRequest request, CancellationToken cancellationToken = default);

    Task<UpdateFunctionCodeResponse> UpdateFunctionCodeAsync(UpdateFunctionCodeRequest request, CancellationToken cancellationToken = default);

    Task<UpdateFunctionConfigurationResponse> UpdateFunctionConfigurationAsync(UpdateFunctionConfigurationRequest request, CancellationToken cancellationToken = default);

    Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);
}
