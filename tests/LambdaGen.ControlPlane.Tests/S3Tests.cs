using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>An S3 answer: status, headers (lower-cased names) and, for errors, S3's XML document.</summary>
internal sealed record S3Response(HttpStatusCode Status, Dictionary<string, string> Headers, string Body)
{
    public string Code => Element("Code");

    public string Message => Element("Message");

    public string Element(string name) => XDocument.Parse(Body).Root!.Element(name)?.Value
        ?? throw new InvalidOperationException($"No <{name}> in the S3 answer: {Body}");
}

/// <summary>
/// The plane's S3 endpoint (path-style PutObject, S3's signature rules and XML errors) and Lambda reading the stored
/// object: code deployed via S3 reports the object's own SHA-256 and size, so a deploy can see that nothing changed.
/// </summary>
public sealed class S3Tests : IClassFixture<PlaneFixture>, IDisposable
{
    private readonly LambdaControlPlane _plane;
    private readonly LambdaControlPlaneOptions _options;
    private readonly LambdaHttp _lambda;
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };

    public S3Tests(PlaneFixture fixture)
    {
        _plane = fixture.Plane;
        _options = fixture.Options;
        _lambda = new LambdaHttp(fixture.Plane, fixture.Options);
    }

    public void Dispose()
    {
        _lambda.Dispose();
        _client.Dispose();
    }

    private static string Sha256Base64(byte[] bytes) => Convert.ToBase64String(SHA256.HashData(bytes));

    private void SignS3(HttpRequestMessage request, byte[] body) =>
        TestSigner.Sign(request, body, _options.AccessKeyId, _options.SecretAccessKey, _options.Region, service: "s3");

    private async Task<S3Response> SendAsync(HttpMethod method, string pathAndQuery, byte[] body, Action<HttpRequestMessage, byte[]>? sign = null, string? contentMd5 = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(_plane.S3Endpoint, pathAndQuery)) { Content = new ByteArrayContent(body) };
        if (contentMd5 is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-MD5", contentMd5);
        }

        (sign ?? SignS3)(request, body);
        using var response = await _client.SendAsync(request);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        return new S3Response(response.StatusCode, headers, await response.Content.ReadAsStringAsync());
    }

    private Task<S3Response> PutAsync(string bucket, string key, byte[] body, Action<HttpRequestMessage, byte[]>? sign = null, string? contentMd5 = null) =>
        SendAsync(HttpMethod.Put, $"{bucket}/{key}", body, sign, contentMd5);

    private static string CreateFromS3(string name, string bucket, string key) =>
        $$"""{"FunctionName":"{{name}}","Runtime":"dotnet8","Role":"{{Bodies.Role}}","Handler":"App::App.Function::Handler","Code":{"S3Bucket":"{{bucket}}","S3Key":"{{key}}" """.TrimEnd() + "}}";

    [Fact]
    public async Task PutObject_stores_the_object_answers_its_MD5_ETag_and_is_recorded_as_an_s3_request()
    {
        _plane.CreateBucket("s3-put");
        var zip = Bodies.Zip("put v1");

        var r = await PutAsync("s3-put", "app/v1.zip", zip);

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal($"\"{Convert.ToHexStringLower(MD5.HashData(zip))}\"", r.Headers["etag"]);
        Assert.Equal("", r.Body);
        var stored = _plane.S3Objects["s3-put/app/v1.zip"];
        Assert.Equal(zip, stored.Content);
        Assert.Equal(Sha256Base64(zip), stored.CodeSha256);

        var recorded = _plane.Requests.Last(q => q.Path == "/s3-put/app/v1.zip");
        Assert.Equal(("s3", "PutObject", "PUT", 200, $"({zip.Length} bytes)"), (recorded.Service, recorded.Operation, recorded.Method, recorded.StatusCode, recorded.Body));
    }

    [Fact]
    public async Task Code_from_S3_reports_the_objects_hash_and_size_the_same_as_the_zip_uploaded_directly()
    {
        var zip = Bodies.Zip("same bytes");
        _plane.CreateBucket("s3-code");
        Assert.Equal(HttpStatusCode.OK, (await PutAsync("s3-code", "pkg/app.zip", zip)).Status);

        var viaS3 = await _lambda.CreateAsync(CreateFromS3("s3-code-fn", "s3-code", "pkg/app.zip"));
        var direct = await _lambda.CreateAsync(Bodies.Create("s3-code-direct", zip: zip));

        Assert.Equal(HttpStatusCode.Created, viaS3.Status);
        Assert.Equal(Sha256Base64(zip), viaS3.Json.GetProperty("CodeSha256").GetString());
        Assert.Equal(zip.Length, viaS3.Json.GetProperty("CodeSize").GetInt64());
        Assert.Equal(direct.Json.GetProperty("CodeSha256").GetString(), viaS3.Json.GetProperty("CodeSha256").GetString());
        var state = _plane.Functions["s3-code-fn"];
        Assert.Equal(("s3-code", "pkg/app.zip"), (state.S3Bucket, state.S3Key));
        Assert.Null(state.ZipFile);
    }

    [Fact]
    public async Task UpdateFunctionCode_reads_the_object_at_call_time_and_a_later_overwrite_changes_nothing_deployed()
    {
        var v1 = Bodies.Zip("v1");
        var v2 = Bodies.Zip("v2 is different");
        _plane.PutS3Object("s3-update", "app.zip", v1);
        _plane.SeedFunction("s3-update-fn", createFunctionRequestJson: """{"Code":{"S3Bucket":"s3-update","S3Key":"app.zip"}}""");
        Assert.Equal(Sha256Base64(v1), _plane.Functions["s3-update-fn"].CodeSha256);

        Assert.Equal(HttpStatusCode.OK, (await PutAsync("s3-update", "app.zip", v2)).Status);
        Assert.Equal(Sha256Base64(v1), _plane.Functions["s3-update-fn"].CodeSha256); // Lambda copied v1 when it was deployed

        var updated = await _lambda.UpdateCodeAsync("s3-update-fn", """{"S3Bucket":"s3-update","S3Key":"app.zip"}""");

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal(Sha256Base64(v2), updated.Json.GetProperty("CodeSha256").GetString());
        Assert.Equal(v2.Length, _plane.Functions["s3-update-fn"].CodeSize);
    }

    [Fact]
    public async Task A_missing_key_or_version_is_the_services_GetObject_error_and_changes_nothing()
    {
        _plane.PutS3Object("s3-missing", "present.zip", Bodies.Zip());
        var seeded = _plane.SeedFunction("s3-missing-fn");

        var create = await _lambda.CreateAsync(CreateFromS3("s3-missing-new", "s3-missing", "absent.zip"));
        var update = await _lambda.UpdateCodeAsync("s3-missing-fn", """{"S3Bucket":"s3-missing","S3Key":"absent.zip"}""");
        var version = await _lambda.UpdateCodeAsync("s3-missing-fn", """{"S3Bucket":"s3-missing","S3Key":"present.zip","S3ObjectVersion":"3sL4kqtJlcpXroDTDmJ"}""");

        foreach (var r in new[] { create, update })
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.Status);
            Assert.Equal("InvalidParameterValueException", r.ErrorType);
            Assert.Equal("Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.", r.Message);
        }

        Assert.Equal(HttpStatusCode.BadRequest, version.Status);
        Assert.Contains("S3 Error Code: InvalidArgument", version.Message, StringComparison.Ordinal);
        Assert.False(_plane.Functions.ContainsKey("s3-missing-new"));
        var after = _plane.Functions["s3-missing-fn"];
        Assert.Equal((seeded.CodeSha256, 0), (after.CodeSha256, after.UpdateCount));
    }

    [Fact]
    public async Task A_bucket_the_plane_does_not_hold_is_outside_by_default_and_NoSuchBucket_when_rejected()
    {
        var outside = await _lambda.CreateAsync(CreateFromS3("s3-outside", "someone-elses-bucket", "app.zip"));
        Assert.Equal(HttpStatusCode.Created, outside.Status);
        Assert.Equal(0, outside.Json.GetProperty("CodeSize").GetInt64()); // not read: the location is hashed instead

        _options.RejectUnknownS3Buckets = true;
        try
        {
            var rejected = await _lambda.CreateAsync(CreateFromS3("s3-outside-rejected", "someone-elses-bucket", "app.zip"));
            Assert.Equal(HttpStatusCode.BadRequest, rejected.Status);
            Assert.Equal("InvalidParameterValueException", rejected.ErrorType);
            Assert.Equal("Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The specified bucket does not exist", rejected.Message);
        }
        finally
        {
            _options.RejectUnknownS3Buckets = false;
        }
    }

    [Fact]
    public async Task PutObject_to_a_missing_bucket_is_404_NoSuchBucket_in_S3s_XML()
    {
        var r = await PutAsync("s3-no-such-bucket", "k.zip", Bodies.Zip());

        Assert.Equal(HttpStatusCode.NotFound, r.Status);
        Assert.Equal("application/xml", r.Headers["content-type"]);
        Assert.Equal(("NoSuchBucket", "The specified bucket does not exist", "s3-no-such-bucket"), (r.Code, r.Message, r.Element("BucketName")));
        Assert.False(string.IsNullOrEmpty(r.Element("RequestId")));
        Assert.DoesNotContain(_plane.S3Objects.Keys, k => k.StartsWith("s3-no-such-bucket/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task S3_signature_rules_reject_what_S3_rejects_with_S3s_codes()
    {
        _plane.CreateBucket("s3-sig");
        var body = Bodies.Zip("signed");
        void With(HttpRequestMessage q, byte[] b, string? secret = null, string? region = null, string service = "s3", string? contentSha256 = null, bool sendHash = true) =>
            TestSigner.Sign(q, b, _options.AccessKeyId, secret ?? _options.SecretAccessKey, region ?? _options.Region, service, sendContentSha256: sendHash, contentSha256: contentSha256);

        var wrongSecret = await PutAsync("s3-sig", "a.zip", body, (q, b) => With(q, b, secret: "not-the-secret"));
        Assert.Equal((HttpStatusCode.Forbidden, "SignatureDoesNotMatch"), (wrongSecret.Status, wrongSecret.Code));
        Assert.StartsWith("PUT\n/s3-sig/a.zip\n", wrongSecret.Element("CanonicalRequest"), StringComparison.Ordinal);

        var lambdaScope = await PutAsync("s3-sig", "a.zip", body, (q, b) => With(q, b, service: "lambda"));
        Assert.Equal((HttpStatusCode.BadRequest, "AuthorizationHeaderMalformed"), (lambdaScope.Status, lambdaScope.Code));
        Assert.Contains("incorrect service \"lambda\"", lambdaScope.Message, StringComparison.Ordinal);

        var wrongRegion = await PutAsync("s3-sig", "a.zip", body, (q, b) => With(q, b, region: "eu-west-1"));
        Assert.Equal("The authorization header is malformed; the region 'eu-west-1' is wrong; expecting 'us-east-1'", wrongRegion.Message);

        var noHashHeader = await PutAsync("s3-sig", "a.zip", body, (q, b) => With(q, b, sendHash: false));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256"),
            (noHashHeader.Status, noHashHeader.Code, noHashHeader.Message));

        // Correctly signed, but the declared payload hash is not the body's.
        var staleHash = await PutAsync("s3-sig", "a.zip", body, (q, b) => With(q, b, contentSha256: Convert.ToHexStringLower(SHA256.HashData(Bodies.Zip("other")))));
        Assert.Equal((HttpStatusCode.BadRequest, "XAmzContentSHA256Mismatch"), (staleHash.Status, staleHash.Code));

        var anonymous = await PutAsync("s3-sig", "a.zip", body, (_, _) => { });
        Assert.Equal((HttpStatusCode.Forbidden, "AccessDenied"), (anonymous.Status, anonymous.Code));
        Assert.DoesNotContain("s3-sig/a.zip", _plane.S3Objects.Keys);

        // S3 signs the path as sent: a Lambda-style second encoding of "%20" would not verify.
        var spaced = await PutAsync("s3-sig", "dir/a%20b.zip", body);
        Assert.Equal(HttpStatusCode.OK, spaced.Status);
        Assert.True(_plane.S3Objects.ContainsKey("s3-sig/dir/a b.zip"));

        // S3 lets a client sign UNSIGNED-PAYLOAD instead of the body hash.
        var unsigned = await PutAsync("s3-sig", "a.zip", body, (q, b) => With(q, b, contentSha256: "UNSIGNED-PAYLOAD"));
        Assert.Equal(HttpStatusCode.OK, unsigned.Status);
        Assert.Equal(body, _plane.S3Objects["s3-sig/a.zip"].Content);
    }

    [Fact]
    public async Task Content_MD5_is_checked_when_sent()
    {
        _plane.CreateBucket("s3-md5");
        var body = Bodies.Zip("md5");

        var wrong = await PutAsync("s3-md5", "m.zip", body, contentMd5: Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes("other"))));
        var right = await PutAsync("s3-md5", "m.zip", body, contentMd5: Convert.ToBase64String(MD5.HashData(body)));

        Assert.Equal((HttpStatusCode.BadRequest, "BadDigest"), (wrong.Status, wrong.Code));
        Assert.Equal(HttpStatusCode.OK, right.Status);
    }

    [Fact]
    public async Task Only_PutObject_is_served_and_anything_else_is_501_NotImplemented()
    {
        _plane.PutS3Object("s3-get", "k.zip", Bodies.Zip());

        var get = await SendAsync(HttpMethod.Get, "s3-get/k.zip", []);
        var createBucket = await SendAsync(HttpMethod.Put, "s3-new-bucket", []);

        Assert.Equal((HttpStatusCode.NotImplemented, "NotImplemented"), (get.Status, get.Code));
        Assert.Equal((HttpStatusCode.NotImplemented, "NotImplemented"), (createBucket.Status, createBucket.Code));
        Assert.Equal("Unknown", _plane.Requests.Last(q => q.Path == "/s3-get/k.zip").Operation);
    }

    [Fact]
    public async Task Faults_on_PutObject_use_S3s_codes_and_are_keyed_by_bucket()
    {
        _plane.CreateBucket("s3-fault");
        _plane.Faults.Throttle("PutObject", 1, retryAfterSeconds: 2, functionName: "s3-fault");
        _plane.Faults.ServerError("PutObject", 1, functionName: "s3-fault");

        var throttled = await PutAsync("s3-fault", "f.zip", Bodies.Zip());
        var failed = await PutAsync("s3-fault", "f.zip", Bodies.Zip());
        var stored = await PutAsync("s3-fault", "f.zip", Bodies.Zip());

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "SlowDown", "2"), (throttled.Status, throttled.Code, throttled.Headers["retry-after"]));
        Assert.Equal((HttpStatusCode.InternalServerError, "InternalError"), (failed.Status, failed.Code));
        Assert.Equal(HttpStatusCode.OK, stored.Status);
        Assert.Equal(0, _plane.Faults.PendingCount);
    }

    [Fact]
    public void Seeding_rejects_an_invalid_bucket_name()
    {
        var e = Assert.Throws<ArgumentException>(() => _plane.CreateBucket("Not_A_Bucket"));
        Assert.Contains("not a valid S3 bucket name", e.Message, StringComparison.Ordinal);
    }
}
