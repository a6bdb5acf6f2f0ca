using System.Net;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>SigV4 verification: good signatures pass, anything off (secret, scope, body, clock, key) is 403.</summary>
public sealed class SignatureTests : IClassFixture<PlaneFixture>, IDisposable
{
    private readonly LambdaControlPlane _plane;
    private readonly LambdaControlPlaneOptions _options;
    private readonly LambdaHttp _http;

    public SignatureTests(PlaneFixture fixture)
    {
        _plane = fixture.Plane;
        _options = fixture.Options;
        _http = new LambdaHttp(fixture.Plane, fixture.Options);
    }

    public void Dispose() => _http.Dispose();

    private Task<LambdaResponse> Get(Action<HttpRequestMessage, byte[]> sign, string path = "2015-03-31/functions/sig-fn/configuration") =>
        _http.SendAsync(HttpMethod.Get, path, sign: sign);

    private static void AssertForbidden(LambdaResponse r, string errorType, string messagePart)
    {
        Assert.Equal(HttpStatusCode.Forbidden, r.Status);
        Assert.Equal(errorType, r.ErrorType);
        Assert.Contains(messagePart, r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correctly_signed_requests_pass_including_query_strings_and_encoded_arns()
    {
        _plane.SeedFunction("sig-fn");
        Assert.Equal(HttpStatusCode.OK, (await Get(_http.SignWithOptions)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get(_http.SignWithOptions, "2015-03-31/functions/sig-fn/configuration?Qualifier=%24LATEST")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get(_http.SignWithOptions, $"2017-03-31/tags/{Uri.EscapeDataString(Bodies.Arn("sig-fn"))}")).Status);

        // Without the optional payload-hash header the body hash is computed from the body itself.
        var noHashHeader = await _http.SendAsync(HttpMethod.Put, "2015-03-31/functions/sig-fn/configuration", """{"Timeout":5}""",
            (req, body) => TestSigner.Sign(req, body, _options.AccessKeyId, _options.SecretAccessKey, _options.Region, sendContentSha256: false));
        Assert.Equal(HttpStatusCode.OK, noHashHeader.Status);
    }

    [Fact]
    public async Task Missing_authorization_is_403()
    {
        AssertForbidden(await Get((_, _) => { }), "InvalidSignatureException", "Missing Authentication Token");
    }

    [Fact]
    public async Task Wrong_secret_is_403_and_the_message_shows_the_expected_canonical_request()
    {
        var r = await Get((req, body) => TestSigner.Sign(req, body, _options.AccessKeyId, "wrong-secret", _options.Region));
        AssertForbidden(r, "InvalidSignatureException", "The request signature we calculated does not match the signature you provided.");
        Assert.Contains("The Canonical String for this request should have been\n'GET\n/2015-03-31/functions/sig-fn/configuration\n", r.Message, StringComparison.Ordinal);
        Assert.Contains("The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credential_scope_must_name_lambda_and_the_configured_region()
    {
        AssertForbidden(await Get((req, body) => TestSigner.Sign(req, body, _options.AccessKeyId, _options.SecretAccessKey, "eu-west-1")),
            "InvalidSignatureException", "Credential should be scoped to a valid region");
        AssertForbidden(await Get((req, body) => TestSigner.Sign(req, body, _options.AccessKeyId, _options.SecretAccessKey, _options.Region, service: "s3")),
            "InvalidSignatureException", "Credential should be scoped to correct service: 'lambda'.");
    }

    [Fact]
    public async Task Unknown_access_key_is_403_UnrecognizedClientException()
    {
        AssertForbidden(await Get((req, body) => TestSigner.Sign(req, body, "AKIDOTHER", _options.SecretAccessKey, _options.Region)),
            "UnrecognizedClientException", "The security token included in the request is invalid.");
    }

    [Fact]
    public async Task Stale_signature_date_is_403()
    {
        AssertForbidden(await Get((req, body) => TestSigner.Sign(req, body, _options.AccessKeyId, _options.SecretAccessKey, _options.Region,
                at: DateTimeOffset.UtcNow.AddMinutes(-20))),
            "InvalidSignatureException", "Signature expired");
    }

    [Fact]
    public async Task Body_changed_after_signing_is_403_even_with_the_original_payload_hash_header()
    {
        _plane.SeedFunction("sig-tamper");
        var request = _http.Build(HttpMethod.Put, "2015-03-31/functions/sig-tamper/configuration", """{"Timeout":5}""", out var body);
        _http.SignWithOptions(request, body);
        var tampered = """{"Timeout":6}"""u8.ToArray();
        var replaced = new ByteArrayContent(tampered);
        replaced.Headers.ContentType = request.Content!.Headers.ContentType;
        request.Content = replaced;

        AssertForbidden(await _http.SendRawAsync(request), "InvalidSignatureException", "does not match the signature you provided");
        Assert.Equal(0, _plane.Functions["sig-tamper"].UpdateCount);
    }

    [Fact]
    public async Task Signature_failures_are_recorded_and_do_not_consume_faults()
    {
        _plane.SeedFunction("sig-fault");
        _plane.Faults.ServerError("GetFunctionConfiguration", 1, "sig-fault");

        var bad = await _http.SendAsync(HttpMethod.Get, "2015-03-31/functions/sig-fault/configuration",
            sign: (req, body) => TestSigner.Sign(req, body, _options.AccessKeyId, "nope", _options.Region));
        Assert.Equal(HttpStatusCode.Forbidden, bad.Status);
        Assert.Equal(403, _plane.Requests.Last(r => r.Path.Contains("sig-fault", StringComparison.Ordinal)).StatusCode);

        Assert.Equal(HttpStatusCode.InternalServerError, (await _http.GetConfigurationAsync("sig-fault")).Status);
    }

    [Fact]
    public async Task Verification_can_be_switched_off()
    {
        await using var plane = await LambdaControlPlane.StartAsync(new LambdaControlPlaneOptions { VerifySignatures = false });
        using var http = new LambdaHttp(plane, new LambdaControlPlaneOptions());
        var r = await http.SendAsync(HttpMethod.Get, "2015-03-31/functions/x/configuration", sign: (_, _) => { });
        Assert.Equal(HttpStatusCode.NotFound, r.Status);
    }
}
