using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace LambdaGen.ControlPlane;

/// <summary>An S3 answer: status and headers; S3's PutObject has no body.</summary>
internal sealed record S3Result(int Status, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// The plane's minimal S3: path-style PutObject (<c>PUT /&lt;bucket&gt;/&lt;key&gt;</c>), enough for a deploy
/// that uploads a package and then names it in CreateFunction/UpdateFunctionCode. Errors are S3's XML errors.
/// </summary>
internal static class S3Operations
{
    public const string PutObject = "PutObject";
    public const string HeadObject = "HeadObject";

    /// <summary>Operation and bucket of a path-style request. Anything but PUT of an object is not served.</summary>
    public static (RouteMatch Route, string? Key) Match(string method, string rawPath, string rawQuery)
    {
        var path = rawPath.TrimStart('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? path : path[..slash];
        var key = slash < 0 ? "" : path[(slash + 1)..];
        bucket = Uri.UnescapeDataString(bucket);
        key = Uri.UnescapeDataString(key);
        // SDKs may add x-id=PutObject; any other query parameter names a sub-resource (acl, tagging, uploads…).
        var onlyOperationId = rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries).All(p => p == "x-id=PutObject");
        if (method == "PUT" && bucket.Length > 0 && key.Length > 0 && onlyOperationId)
        {
            return (new RouteMatch(PutObject, bucket), key);
        }

        if (method == "HEAD" && bucket.Length > 0 && key.Length > 0 && rawQuery.Length == 0)
        {
            return (new RouteMatch(HeadObject, bucket), key);
        }

        return (new RouteMatch(LambdaRouter.Unknown, bucket.Length > 0 ? bucket : null), key.Length > 0 ? key : null);
    }

    public static AwsServiceException NotServed(string method, string rawPath) =>
        new(501, "NotImplemented",
            $"A header you provided implies functionality that is not implemented. (The local control plane's S3 endpoint serves only path-style PutObject and HeadObject, PUT or HEAD /<bucket>/<key>; got {method} {rawPath}.)");

    /// <summary>
    /// S3's payload-hash rules for header-signed requests: the x-amz-content-sha256 header is required, and unless it
    /// says UNSIGNED-PAYLOAD it must be the hex SHA-256 of the body received. Checked before the signature, as S3 does.
    /// </summary>
    public static void CheckPayloadHash(IHeaderDictionary headers, byte[] body)
    {
        if (headers.Authorization.Count == 0)
        {
            return; // an anonymous request is refused by the signature check (AccessDenied), not for a missing header
        }

        var declared = headers["x-amz-content-sha256"].ToString();
        if (declared.Length == 0)
        {
            throw new AwsServiceException(400, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256");
        }

        if (declared == "UNSIGNED-PAYLOAD")
        {
            return;
        }

        if (declared.StartsWith("STREAMING-", StringComparison.Ordinal))
        {
            throw new AwsServiceException(501, "NotImplemented",
                $"A header you provided implies functionality that is not implemented. (The local S3 endpoint does not decode aws-chunked uploads: x-amz-content-sha256 {declared}.)");
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(body));
        if (declared.Length != 64 || !declared.All(Uri.IsHexDigit))
        {
            // Approximate wording.
            throw new AwsServiceException(400, "InvalidArgument", "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-…, or a valid sha256 value.");
        }

        if (!string.Equals(declared, actual, StringComparison.OrdinalIgnoreCase))
        {
            var e = new AwsServiceException(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
            e.ExtraBody["ClientComputedContentSHA256"] = declared;
            e.ExtraBody["S3ComputedContentSHA256"] = actual;
            throw e;
        }
    }

    public static S3Result Put(S3ObjectStore store, string bucket, string key, IHeaderDictionary headers, byte[] body)
    {
        if (Encoding.UTF8.GetByteCount(key) > 1024)
        {
            var tooLong = new AwsServiceException(400, "KeyTooLongError", "Your key is too long");
            tooLong.ExtraBody["Size"] = Encoding.UTF8.GetByteCount(key).ToString(System.Globalization.CultureInfo.InvariantCulture);
            tooLong.ExtraBody["MaxSizeAllowed"] = "1024";
            throw tooLong;
        }

        var md5 = headers["Content-MD5"].ToString();
        if (md5.Length > 0)
        {
            byte[] declared;
            try
            {
                declared = Convert.FromBase64String(md5);
            }
            catch (FormatException)
            {
                declared = [];
            }

            if (declared.Length != 16)
            {
                throw new AwsServiceException(400, "InvalidDigest", "The Content-MD5 you specified was invalid.");
            }

            if (!declared.AsSpan().SequenceEqual(MD5.HashData(body)))
            {
                throw new AwsServiceException(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
            }
        }

        if (!store.TryPut(bucket, key, body, out var stored))
        {
            throw NoSuchBucket(bucket);
        }

        return new S3Result(200, new Dictionary<string, string> { ["ETag"] = stored.ETag });
    }

    /// <summary>HeadObject: 200 with the object's ETag, or 404 (a HEAD answer has no body, so no error XML).</summary>
    public static S3Result Head(S3ObjectStore store, string bucket, string key)
    {
        if (!store.HasBucket(bucket))
        {
            return new S3Result(404, new Dictionary<string, string>());
        }

        return store.Find(bucket, key) is { } found
            ? new S3Result(200, new Dictionary<string, string> { ["ETag"] = found.ETag })
            : new S3Result(404, new Dictionary<string, string>());
    }

    public static AwsServiceException NoSuchBucket(string bucket)
    {
        var e = new AwsServiceException(404, "NoSuchBucket", "The specified bucket does not exist");
        e.ExtraBody["BucketName"] = bucket;
        return e;
    }

    /// <summary>Injected faults in S3's own words (S3 throttles with 503 SlowDown, not 429).</summary>
    public static AwsServiceException Fault(FaultDecision fault) => fault.Kind switch
    {
        FaultKind.Throttle => WithRetryAfter(new AwsServiceException(503, "SlowDown", "Please reduce your request rate."), fault.RetryAfterSeconds),
        FaultKind.ServerError => new AwsServiceException(500, "InternalError", "We encountered an internal error. Please try again."),
        FaultKind.Conflict => new AwsServiceException(409, "OperationAborted", "A conflicting conditional operation is currently in progress against this resource. Try again."),
        FaultKind.Permanent => fault.Error!,
        _ => throw new InvalidOperationException("A dropped connection has no error response."),
    };

    /// <summary>S3's error document: <c>&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;…&lt;RequestId/&gt;&lt;HostId/&gt;&lt;/Error&gt;</c>.</summary>
    public static byte[] ErrorXml(AwsServiceException error, string requestId)
    {
        var root = new XElement("Error", new XElement("Code", error.ErrorType), new XElement("Message", error.Message));
        foreach (var (name, value) in error.ExtraBody)
        {
            root.Add(new XElement(name, value));
        }

        root.Add(new XElement("RequestId", requestId), new XElement("HostId", "lambdagen-control-plane"));
        return Encoding.UTF8.GetBytes(new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Declaration + root.ToString(SaveOptions.DisableFormatting));
    }

    private static AwsServiceException WithRetryAfter(AwsServiceException e, int seconds)
    {
        if (seconds > 0)
        {
            e.ExtraHeaders["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return e;
    }
}
