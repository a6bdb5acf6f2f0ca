// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md. Compile-and-run only: no marshalling, no HTTP.

using System;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace Amazon.Lambda;

/// <summary>
/// Client configuration (a real <see cref="ClientConfig"/>, so RegionEndpoint, ServiceURL, timeouts, …
/// can be set). Endpoint resolution is not implemented.
/// </summary>
public partial class AmazonLambdaConfig : ClientConfig
{
    public AmazonLambdaConfig()
        : base(new DefaultConfigurationProvider(new IDefaultConfiguration[]
        {
            new DefaultConfiguration { Name = DefaultConfigurationMode.Standard, RetryMode = RequestRetryMode.Standard },
            new DefaultConfiguration { Name = DefaultConfigurationMode.InRegion, RetryMode = RequestRetryMode.Standard },
            new DefaultConfiguration { Name = DefaultConfigurationMode.CrossRegion, RetryMode = RequestRetryMode.Standard },
            new DefaultConfiguration { Name = DefaultConfigurationMode.Mobile, RetryMode = RequestRetryMode.Standard },
        }))
    {
        ServiceId = "Lambda";
        AuthenticationServiceName = "lambda";
    }

    public override string RegionEndpointServiceName => "lambda";

    public override string ServiceVersion => "2015-03-31";

    public override string UserAgent => "aws-sdk-dotnet-lambda-reference-standin";

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        throw new NotSupportedException("AWSSDK.Lambda stand-in: endpoint resolution is not implemented.");
    }
}
