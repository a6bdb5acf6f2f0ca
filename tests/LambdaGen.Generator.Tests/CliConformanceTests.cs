using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using LambdaGen.Core.Fields;
using LambdaGen.Generator.Tests.Harness;
using LambdaGen.Testing;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// Sends every approved manifest through the real AWS CLI (`aws lambda create-function --cli-input-json`). The CLI
/// validates the input against the Lambda service model before sending (unknown fields, wrong types), and the body
/// it sends to a loopback recorder must equal the manifest plus <c>Code</c>.
/// </summary>
/// <remarks>
/// Code is passed with <c>--zip-file fileb://</c>: aws-cli 1.x treats a <c>ZipFile</c> given inside --cli-input-json
/// as raw text and base64-encodes it again, so the sent value would not be the zip.
/// </remarks>
public sealed class CliConformanceTests
{
    private const string EmptyZipBase64 = "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==";

    /// <summary>Distinct manifests among the approved snapshots, by file.</summary>
    public static IEnumerable<object[]> SnapshotManifests() =>
        Directory.GetFiles(Snapshots.Folder, "*.json", SearchOption.AllDirectories)
            .GroupBy(File.ReadAllText)
            .Select(g => g.OrderBy(f => f, StringComparer.Ordinal).First())
            .Select(f => Path.GetRelativePath(Snapshots.Folder, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { f });

    [Fact]
    public void EverySnapshotCaseHasManifests() => Assert.True(SnapshotManifests().Count() >= 8);

    [Theory]
    [MemberData(nameof(SnapshotManifests))]
    public async Task CliAcceptsSnapshotManifest_AndSendsItUnchanged(string relativePath)
    {
        var manifest = await File.ReadAllTextAsync(Path.Combine(Snapshots.Folder, relativePath));
        await AssertCliSends(WithoutMembersTheCliLacks(manifest), relativePath);
    }

    [Fact]
    public async Task CliAcceptsSpecialCharacterManifest_AndSendsItUnchanged()
    {
        var result = GeneratorHarness.Run(TypedCallTests.Input("SpecialCharacters"));
        await AssertCliSends(result.Manifests.Values.Single(), "SpecialCharacters");
    }

    /// <summary>A fractional ExecutionEnvironmentMemoryGiBPerVCpu (a double in the model) is accepted and sent as 2.5.</summary>
    [Fact]
    public async Task CliAcceptsFractionalRatioManifests_AndSendsThemUnchanged()
    {
        var manifests = GeneratorHarness.Run(TypedCallTests.Input("FractionalRatio")).Manifests;
        Assert.Contains("\"ExecutionEnvironmentMemoryGiBPerVCpu\":2.5}", manifests["LambdaFunctions.Fractional"]);
        foreach (var (name, manifest) in manifests)
        {
            await AssertCliSends(manifest, name);
        }
    }

    /// <summary>The snapshot manifests the CLI accepted above carry every CreateFunction member newer than the original
    /// field set (capacity provider, durable config, tenancy, PublishTo), except DurableConfig.KMSKeyArn (see below).</summary>
    [Fact]
    public void TheAcceptedSnapshotManifestsCoverEveryNewMember()
    {
        var sent = SnapshotManifests()
            .Select(row => WithoutMembersTheCliLacks(File.ReadAllText(Path.Combine(Snapshots.Folder, (string)row[0]))))
            .SelectMany(m => Paths(JsonNode.Parse(m)!.AsObject(), ""))
            .ToHashSet(StringComparer.Ordinal);
        var newer = FieldTable.CreateFunction.Where(f => f.ModelSince is not null).Select(f => f.ApiPath).ToList();
        Assert.Equal(8, newer.Count);
        Assert.Empty(newer.Where(path => path != FieldTable.DurableKMSKeyArn.ApiPath).Except(sent));
        Assert.DoesNotContain(FieldTable.DurableKMSKeyArn.ApiPath, sent);
    }

    /// <summary>
    /// DurableConfig.KMSKeyArn is honestly untested by the CLI: the Lambda API gained it on 2026-07-07, and the CLI here
    /// (aws-cli 1.45.11, botocore 1.43.11) validates against an older model, so it rejects a manifest that carries it
    /// before sending anything. This test pins that: when the machine gets a botocore whose model has the member, it fails,
    /// and then <see cref="WithoutMembersTheCliLacks"/> should go and this test should assert the member is sent unchanged.
    /// </summary>
    [Fact]
    public async Task CliRejectsDurableKmsKeyArn_BecauseItsModelPredatesTheMember()
    {
        var relativePath = "Workflows_WithAwsSdk/LambdaFunctions.ApprovalRun.json";
        var manifest = await File.ReadAllTextAsync(Path.Combine(Snapshots.Folder, relativePath));
        Assert.Contains("\"KMSKeyArn\":\"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\"}", manifest);

        var (exitCode, stderr, bodies) = await RunCli(manifest);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Unknown parameter in DurableConfig: \"KMSKeyArn\"", stderr);
        Assert.Empty(bodies);

        // Without that one member, the rest of DurableConfig (and the capacity provider) is accepted and sent unchanged.
        var stripped = WithoutMembersTheCliLacks(manifest);
        Assert.Contains("\"DurableConfig\":{\"ExecutionTimeout\":31622400,\"RetentionPeriodInDays\":90}", stripped);
        await AssertCliSends(stripped, relativePath + " without DurableConfig.KMSKeyArn");
    }

    /// <summary>The manifest without DurableConfig.KMSKeyArn, which this CLI's service model lacks (see
    /// <see cref="CliRejectsDurableKmsKeyArn_BecauseItsModelPredatesTheMember"/>); other manifests pass through unchanged.</summary>
    private static string WithoutMembersTheCliLacks(string manifest)
    {
        var json = JsonNode.Parse(manifest)!.AsObject();
        if (json["DurableConfig"] is not JsonObject durable || !durable.Remove("KMSKeyArn"))
        {
            return manifest;
        }

        if (durable.Count == 0)
        {
            json.Remove("DurableConfig");
        }

        return json.ToJsonString();
    }

    private static IEnumerable<string> Paths(JsonObject obj, string prefix)
    {
        foreach (var (key, value) in obj)
        {
            yield return prefix + key;
            if (value is JsonObject child && key is not ("Variables" or "Tags"))
            {
                foreach (var nested in Paths(child, prefix + key + "."))
                {
                    yield return nested;
                }
            }
        }
    }

    [Fact]
    public async Task CliRejectsAMistypedField_SoTheCheckHasTeeth()
    {
        var (exitCode, stderr, bodies) = await RunCli("{\"FunctionName\":\"f\",\"Role\":\"r\",\"MemorySize\":\"big\",\"Bogus\":1}");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Bogus", stderr);
        Assert.Empty(bodies);
    }

    private static async Task AssertCliSends(string manifest, string what)
    {
        var (exitCode, stderr, bodies) = await RunCli(manifest);
        Assert.True(exitCode == 0, $"aws lambda create-function rejected {what} (exit {exitCode}):\n{stderr}\nmanifest: {manifest}");
        var request = Assert.Single(bodies);
        Assert.Equal("POST /2015-03-31/functions", request.RequestLine);

        var expected = JsonNode.Parse(manifest)!.AsObject();
        expected["Code"] = new JsonObject { ["ZipFile"] = EmptyZipBase64 };
        JsonCompare.AssertEqual(expected, JsonNode.Parse(request.Body), $"body the CLI sent for {what}");
    }

    private static async Task<(int ExitCode, string StdErr, IReadOnlyList<RecordedRequest> Bodies)> RunCli(string manifest)
    {
        var directory = Directory.CreateTempSubdirectory("lambdagen-cli-");
        try
        {
            var input = Path.Combine(directory.FullName, "input.json");
            var zip = Path.Combine(directory.FullName, "code.zip");
            await File.WriteAllTextAsync(input, manifest, new UTF8Encoding(false));
            await File.WriteAllBytesAsync(zip, Convert.FromBase64String(EmptyZipBase64));

            using var recorder = new LoopbackRecorder();
            // One attempt: a failed request shows as itself, not as retries that record a second body.
            var target = new AwsCliTarget($"http://127.0.0.1:{recorder.Port}", "AKIDEXAMPLE", "x", "us-east-1") { MaxAttempts = 1 };
            var result = await AwsCli.RunAsync(target,
                "lambda", "create-function", "--cli-input-json", "file://" + input, "--zip-file", "fileb://" + zip);
            return (result.ExitCode, result.StdErr, recorder.Requests.ToList());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    internal sealed record RecordedRequest(string RequestLine, string Body);

    /// <summary>A tiny HTTP/1.1 server on 127.0.0.1 that records each request and answers 201 with a minimal FunctionConfiguration.</summary>
    private sealed class LoopbackRecorder : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
        public int Port { get; }

        public LoopbackRecorder()
        {
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _loop = Task.Run(AcceptLoop);
        }

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                _ = Task.Run(() => Serve(client));
            }
        }

        private async Task Serve(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                var buffer = new List<byte>();
                var chunk = new byte[8192];
                int headerEnd;
                while ((headerEnd = IndexOf(buffer, "\r\n\r\n"u8)) < 0)
                {
                    int read = await stream.ReadAsync(chunk);
                    if (read == 0)
                    {
                        return;
                    }

                    buffer.AddRange(chunk.AsSpan(0, read).ToArray());
                }
                var head = Encoding.ASCII.GetString(buffer.GetRange(0, headerEnd).ToArray());
                var lines = head.Split("\r\n");
                var length = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                    .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
                if (lines.Any(l => l.StartsWith("Expect:", StringComparison.OrdinalIgnoreCase) && l.Contains("100-continue", StringComparison.OrdinalIgnoreCase)))
                {
                    await stream.WriteAsync("HTTP/1.1 100 Continue\r\n\r\n"u8.ToArray());
                }

                var body = buffer.Skip(headerEnd + 4).ToList();
                while (body.Count < length)
                {
                    int read = await stream.ReadAsync(chunk);
                    if (read == 0)
                    {
                        break;
                    }

                    body.AddRange(chunk.AsSpan(0, read).ToArray());
                }
                var requestLine = lines[0].Split(' ');
                Requests.Enqueue(new RecordedRequest($"{requestLine[0]} {requestLine[1]}", Encoding.UTF8.GetString(body.ToArray())));

                var response = "{\"FunctionName\":\"recorded\",\"FunctionArn\":\"arn:aws:lambda:us-east-1:123456789012:function:recorded\",\"State\":\"Pending\"}"u8.ToArray();
                var header = Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: {response.Length}\r\nx-amzn-RequestId: 00000000-0000-0000-0000-000000000000\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(header);
                await stream.WriteAsync(response);
            }
        }

        private static int IndexOf(List<byte> haystack, ReadOnlySpan<byte> needle)
        {
            for (int i = 0; i + needle.Length <= haystack.Count; i++)
            {
                bool match = true;
                for (int j = 0; j < needle.Length && match; j++)
                {
                    match = haystack[i + j] == needle[j];
                }

                if (match)
                {
                    return i;
                }
            }
            return -1;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
            _stop.Dispose();
        }
    }
}
