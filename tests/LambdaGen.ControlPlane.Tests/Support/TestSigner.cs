using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>
/// A small SigV4 signer for raw HTTP tests. It is a second implementation next to botocore (the server's
/// verifier), so tests that pass with it also show the two agree on canonicalisation.
/// </summary>
internal static class TestSigner
{
    /// <param name="contentSha256">the x-amz-content-sha256 value to send and sign instead of the body's hash (UNSIGNED-PAYLOAD, or a wrong hash).</param>
    public static void Sign(HttpRequestMessage request, byte[] body, string accessKey, string secret, string region,
        string service = "lambda", DateTimeOffset? at = null, bool sendContentSha256 = true, string? contentSha256 = null)
    {
        var now = at ?? DateTimeOffset.UtcNow;
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var day = amzDate[..8];
        var uri = request.RequestUri!;
        var payloadHash = contentSha256 ?? Hex(SHA256.HashData(body));

        request.Headers.Host = uri.Authority;
        request.Headers.Remove("X-Amz-Date");
        request.Headers.Add("X-Amz-Date", amzDate);
        if (sendContentSha256)
        {
            request.Headers.Remove("X-Amz-Content-SHA256");
            request.Headers.Add("X-Amz-Content-SHA256", payloadHash);
        }

        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = uri.Authority,
            ["x-amz-date"] = amzDate,
        };
        if (sendContentSha256)
        {
            headers["x-amz-content-sha256"] = payloadHash;
        }

        if (request.Content?.Headers.ContentType is { } contentType)
        {
            headers["content-type"] = contentType.ToString();
        }

        var signedHeaders = string.Join(';', headers.Keys);
        var canonical = string.Join('\n',
            request.Method.Method,
            service == "s3" ? uri.AbsolutePath : CanonicalPath(uri.AbsolutePath),
            CanonicalQuery(uri.Query),
            string.Concat(headers.Select(h => $"{h.Key}:{h.Value.Trim()}\n")),
            signedHeaders,
            payloadHash);
        var scope = $"{day}/{region}/{service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secret), day);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        var signature = Hex(Hmac(key, stringToSign));

        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    // Non-S3 services sign the already-encoded path encoded once more ("%3A" becomes "%253A"); S3 signs it as sent.
    private static string CanonicalPath(string wirePath) =>
        string.Join('/', wirePath.Split('/').Select(Encode));

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        return string.Join('&', query[1..].Split('&')
            .Select(p => p.Split('=', 2))
            .Select(kv => (Key: Encode(Uri.UnescapeDataString(kv[0])), Value: Encode(Uri.UnescapeDataString(kv.Length > 1 ? kv[1] : ""))))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ThenBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}={kv.Value}"));
    }

    private static string Encode(string s)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            var c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
