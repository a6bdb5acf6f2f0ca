using LambdaGen.Deploy.Aws;

namespace LambdaGen.Deploy.Lambda;

/// <summary>S3 PutObject as a plain SigV4-signed PUT (packages over Lambda's direct-upload limit, and the CloudFormation
/// deploy's code), and HeadObject to skip an upload that is already there.</summary>
internal sealed class S3Uploader
{
    private readonly AwsTransport _transport;
    private readonly string _region;
    private readonly Uri? _pathStyleEndpoint;

    public S3Uploader(AwsTransport transport, string region, Uri? pathStyleEndpoint)
    {
        _transport = transport;
        _region = region;
        _pathStyleEndpoint = pathStyleEndpoint;
    }

    /// <summary>A content-addressed key: one upload serves every function that shares the package.</summary>
    public static string ObjectKey(string sha256Hex) => $"lambdagen/{sha256Hex}.zip";

    public async Task PutObjectAsync(string bucket, string key, byte[] content, CancellationToken cancellationToken)
    {
        var request = NewRequest("PUT", bucket, key);
        request.Content = content;
        await _transport.SendAsync("PutObject", request, "s3", doubleEncodePath: false, "application/zip", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>HeadObject: true when the object is there (200), false when it is not (404); other answers throw.</summary>
    public async Task<bool> ExistsAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        var request = NewRequest("HEAD", bucket, key);
        using HttpResponseMessage response = await _transport.SendRawAsync("HeadObject", request, "s3", doubleEncodePath: false, null, cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return true;
        }
        if (status == 404)
        {
            return false;
        }
        // A HEAD answer has no body: the status says what went wrong (403 no access, 5xx retried by the caller).
        string type = status >= 500 ? "ServiceException" : status == 403 ? "AccessDenied" : "HTTP" + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        throw new AwsApiException("HeadObject", status, type, $"s3://{bucket}/{key}: {response.ReasonPhrase}", AwsTransport.RetryAfter(response));
    }

    private Amazon.Runtime.Internal.DefaultRequest NewRequest(string method, string bucket, string key)
    {
        // Keys are made by ObjectKey (letters, digits, '-', '_', '.', '/'): nothing to escape.
        string encodedKey = key;
        Uri endpoint;
        string path;
        if (_pathStyleEndpoint is not null || bucket.Contains('.'))
        {
            endpoint = _pathStyleEndpoint ?? new Uri($"https://s3.{_region}.amazonaws.com");
            path = "/" + bucket + "/" + encodedKey;
        }
        else
        {
            endpoint = new Uri($"https://{bucket}.s3.{_region}.amazonaws.com");
            path = "/" + encodedKey;
        }
        return RequestSigner.NewRequest("S3", method, endpoint, path);
    }
}
