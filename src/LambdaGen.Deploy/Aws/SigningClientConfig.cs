using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace LambdaGen.Deploy.Aws;

/// <summary>
/// The smallest <see cref="ClientConfig"/> the SDK's signer and credential resolver accept: it only
/// carries the signing service name and region (endpoints are resolved by <see cref="AwsContext"/>).
/// </summary>
internal sealed class SigningClientConfig : ClientConfig
{
    public SigningClientConfig(string serviceName, string? region)
        : base(new DefaultConfigurationProvider(new List<DefaultConfiguration>
        {
            new() { Name = DefaultConfigurationMode.Standard, RetryMode = RequestRetryMode.Standard },
        }))
    {
        AuthenticationServiceName = serviceName;
        if (region is not null)
        {
            AuthenticationRegion = region;
        }
        ServiceName = serviceName;
    }

    private string ServiceName { get; }

    public override string ServiceVersion => ServiceName == "lambda" ? "2015-03-31" : "2006-03-01";

    public override string UserAgent => DeployInfo.UserAgent;

    public override string RegionEndpointServiceName => ServiceName;

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) =>
        throw new NotSupportedException("LambdaGen.Deploy resolves endpoints itself.");
}
