using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using LambdaGen.ControlPlane;
using LambdaGen.Deploy;
using LambdaGen.Deploy.Engine;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>
/// A deploy via S3 against the plane's S3 endpoint. The deploy engine runs in process: the tool's command line (and so
/// `dotnet publish`) cannot point S3 at a local endpoint or lower the 50 MB direct-upload limit, and a 50 MB test
/// package would be slow. The plane reads the uploaded object, so its CodeSha256 is the package's own hash and the
/// second run can see that nothing changed.
/// </summary>
public sealed class S3DeployTests : IAsyncLifetime
{
    private const string Bucket = "lambdagen-deploys";
    private readonly LambdaControlPlaneOptions _options = new() { SettleDelay = TimeSpan.FromMilliseconds(50), RejectUnknownS3Buckets = true };
    private readonly string _root = Directory.CreateTempSubdirectory("lambdagen-s3-deploy-").FullName;
    private readonly ITestOutputHelper _log;
    private LambdaControlPlane _plane = null!;

    public S3DeployTests(ITestOutputHelper log) => _log = log;

    private string ManifestsDir => Path.Combine(_root, "bin", "lambda");

    private string PublishDir => Path.Combine(_root, "bin", "publish");

    public async Task InitializeAsync()
    {
        _plane = await LambdaControlPlane.StartAsync(_options);
        _plane.CreateBucket(Bucket);
        Directory.CreateDirectory(ManifestsDir);
        Directory.CreateDirectory(PublishDir);
        File.WriteAllText(Path.Combine(PublishDir, "App.dll"), "managed code v1");
        var index = new JsonArray();
        foreach (var name in new[] { "s3-a", "s3-b" })
        {
            File.WriteAllText(Path.Combine(ManifestsDir, name + ".json"), new JsonObject
            {
                ["FunctionName"] = name,
                ["Runtime"] = "dotnet10",
                ["Handler"] = $"App::App.Functions::{name.Replace("-", "", StringComparison.Ordinal)}",
                ["Role"] = "arn:aws:iam::123456789012:role/lambda-role",
                ["PackageType"] = "Zip",
            }.ToJsonString());
            index.Add(new JsonObject { ["FunctionName"] = name, ["Manifest"] = name + ".json", ["PackageType"] = "Zip" });
        }
        File.WriteAllText(Path.Combine(ManifestsDir, "functions.json"), new JsonObject { ["Functions"] = index }.ToJsonString());
    }

    public async Task DisposeAsync()
    {
        await _plane.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private sealed class Lines : IDeployLog
    {
        public List<string> All { get; } = new();

        public void Info(string line)
        {
            lock (All)
            {
                All.Add(line);
            }
        }

        public void Warning(string? file, string code, string message)
        {
            lock (All)
            {
                All.Add($"warning {code}: {message}");
            }
        }

        public void Error(string? file, string code, string message)
        {
            lock (All)
            {
                All.Add($"error {code}: {message}");
            }
        }
    }

    private async Task<(DeployResult Result, List<string> Log)> DeployAsync()
    {
        _plane.ClearRequests();
        var log = new Lines();
        var result = await new DeployEngine(new DeployOptions
        {
            ManifestsDir = ManifestsDir,
            PublishDir = PublishDir,
            Endpoint = _plane.Endpoint.ToString(),
            S3Endpoint = _plane.S3Endpoint.ToString(),
            S3Bucket = Bucket,
            DirectUploadLimit = 1, // every package goes via S3
            Credentials = new BasicAWSCredentials(_options.AccessKeyId, _options.SecretAccessKey),
            PollInterval = TimeSpan.FromMilliseconds(50),
        }, log).RunAsync();
        _log.WriteLine(string.Join("\n", log.All));
        _log.WriteLine("requests:\n  " + string.Join("\n  ", _plane.Requests.Select(LocalDeploy.Describe)));
        return (result, log.All);
    }

    [Fact]
    public async Task A_deploy_via_S3_uploads_once_then_a_second_run_makes_no_write_call_and_a_code_change_uploads_again()
    {
        var (first, _) = await DeployAsync();

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["CreateFunction s3-a 201", "CreateFunction s3-b 201", $"PutObject {Bucket} 200"], LocalDeploy.Writes(_plane.Requests));
        var stored = Assert.Single(_plane.S3Objects.Values);
        Assert.Equal($"lambdagen/{Convert.ToHexStringLower(SHA256.HashData(stored.Content))}.zip", stored.Key);
        foreach (var name in new[] { "s3-a", "s3-b" })
        {
            var function = _plane.Functions[name];
            Assert.Equal((Bucket, stored.Key, stored.CodeSha256, stored.Content.LongLength), (function.S3Bucket, function.S3Key, function.CodeSha256, function.CodeSize));
        }

        var (second, secondLog) = await DeployAsync();

        Assert.Equal(0, second.ExitCode);
        Assert.NotEmpty(_plane.Requests);
        Assert.All(_plane.Requests, r => Assert.Equal("GET", r.Method));
        Assert.Equal(2, secondLog.Count(l => l.Contains(": no change (code unchanged, sha " + stored.CodeSha256, StringComparison.Ordinal)));

        File.WriteAllText(Path.Combine(PublishDir, "App.dll"), "managed code v2");
        var (third, _) = await DeployAsync();

        Assert.Equal(0, third.ExitCode);
        Assert.Equal([$"PutObject {Bucket} 200", "UpdateFunctionCode s3-a 200", "UpdateFunctionCode s3-b 200"], LocalDeploy.Writes(_plane.Requests));
        var updated = _plane.S3Objects.Values.Single(o => o.Key != stored.Key);
        Assert.All(_plane.Functions.Values, f => Assert.Equal((updated.Key, updated.CodeSha256), (f.S3Key, f.CodeSha256)));
    }
}
