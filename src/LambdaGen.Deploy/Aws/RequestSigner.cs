using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using Amazon.Runtime.Internal.Util;

namespace LambdaGen.Deploy.Aws;

/// <summary>
/// Signs requests with the AWS SDK's own SigV4 signer (<see cref="AWS4Signer"/>); nothing here
/// computes a signature or reads a credential file. Credentials are resolved lazily, and every secret
/// resolved is handed to the <see cref="SecretRedactor"/> so the log can never print it.
/// </summary>
internal sealed class RequestSigner
{
    private readonly AWSCredentials _credentials;
    private readonly string _region;
    private readonly SecretRedactor _redactor;

    public RequestSigner(AWSCredentials credentials, string region, SecretRedactor redactor)
    {
        _credentials = credentials;
        _region = region;
        _redactor = redactor;
    }

    public string Region => _region;

    /// <summary>A request shell the SDK marshalling helpers (path resources, query parameters) understand.</summary>
    public static DefaultRequest NewRequest(string serviceDisplayName, string method, Uri endpoint, string resourcePath) =>
        new(new PlainRequest(), serviceDisplayName)
        {
            HttpMethod = method,
            Endpoint = endpoint,
            ResourcePath = resourcePath,
        };

    /// <summary>Adds X-Amz-Date, X-Amz-Content-SHA256, the session token when there is one, and Authorization.</summary>
    public async Task SignAsync(DefaultRequest request, string signingService, bool doubleEncodePath, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ImmutableCredentials snapshot;
        try
        {
            snapshot = await _credentials.GetCredentialsAsync().ConfigureAwait(false);
        }
        catch (AmazonClientException ex)
        {
            throw new DeployException("LGD030", "Could not resolve AWS credentials: " + ex.Message);
        }
        // Refreshing providers (SSO, assume-role) hand out new values over a run: remember each one.
        _redactor.Remember(snapshot.SecretKey);
        _redactor.Remember(snapshot.Token);
        if (snapshot.UseToken)
        {
            request.Headers["X-Amz-Security-Token"] = snapshot.Token;
        }
        request.AuthenticationRegion = _region;
        request.OverrideSigningServiceName = signingService;
        request.UseDoubleEncoding = doubleEncodePath;
        var config = new SigningClientConfig(signingService, _region);
        var identity = new BasicAWSCredentials(snapshot.AccessKey, snapshot.SecretKey);
        new AWS4Signer().Sign(request, config, new RequestMetrics(), identity);
    }

    /// <summary>The URL the SDK would send <paramref name="request"/> to (path resources and query encoded).</summary>
    public static Uri ComposeUri(IRequest request) => AmazonServiceClient.ComposeUrl(request);

    private sealed class PlainRequest : AmazonWebServiceRequest
    {
    }
}
