using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

/// <summary>Packages over the direct-upload limit go to S3 (a signed PUT) and CreateFunction gets S3Bucket/S3Key.</summary>
public sealed class S3UploadTests
{
    /// <summary>Answers requests for the fake S3 host itself and passes everything else to the control plane.</summary>
    private sealed class FakeS3 : DelegatingHandler
    {
        public FakeS3()
            : base(new SocketsHttpHandler())
        {
        }

        public List<(string Method, string Path, byte[] Body, string Authorization, string ContentSha)> Puts { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Host != "s3.test")
            {
                return await base.SendAsync(request, cancellationToken);
            }
            byte[] body = request.Content is null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            lock (Puts)
            {
                Puts.Add((request.Method.Method, request.RequestUri.AbsolutePath, body,
                    request.Headers.GetValues("Authorization").Single(), request.Headers.GetValues("X-Amz-Content-SHA256").Single()));
            }
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_large_package_is_uploaded_once_and_deployed_from_S3()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("big-a");
        s.AddFunction("big-b");
        using var s3 = new FakeS3();

        var (result, log) = await s.RunAsync(s.Options(directUploadLimit: 10, s3Bucket: "deploy-bucket", s3Endpoint: "http://s3.test", handler: s3));

        Assert.True(result.ExitCode == 0, log.Text);
        var put = Assert.Single(s3.Puts); // both functions share the package
        Assert.Equal("PUT", put.Method);
        string hex = Convert.ToHexString(SHA256.HashData(put.Body)).ToLowerInvariant();
        Assert.Matches($"^/deploy-bucket/lambdagen/{hex}\\.zip$", put.Path);
        Assert.Equal(hex, put.ContentSha);
        Assert.Contains("/us-east-1/s3/aws4_request", put.Authorization);

        foreach (var create in s.Plane.Requests.Where(r => r.Operation == "CreateFunction"))
        {
            var code = JsonNode.Parse(create.Body)!["Code"]!.AsObject();
            Assert.Equal("deploy-bucket", code["S3Bucket"]!.GetValue<string>());
            Assert.Equal(put.Path["/deploy-bucket/".Length..], code["S3Key"]!.GetValue<string>());
            Assert.False(code.ContainsKey("ZipFile"));
        }
        Assert.Contains(log.Lines, l => l.Contains("uploading", StringComparison.Ordinal) && l.Contains("s3://deploy-bucket/", StringComparison.Ordinal));
    }
}
