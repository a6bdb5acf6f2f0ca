using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>A raw HTTP answer: status, headers (lower-cased names) and the parsed JSON body, if any.</summary>
internal sealed record LambdaResponse(HttpStatusCode Status, Dictionary<string, string> Headers, string Body)
{
    public JsonElement Json
    {
        get
        {
            using var doc = JsonDocument.Parse(Body);
            return doc.RootElement.Clone();
        }
    }

    public string? ErrorType => Headers.GetValueOrDefault("x-amzn-errortype");

    public string Message => Json.TryGetProperty("message", out var m) ? m.GetString()! : Json.GetProperty("Message").GetString()!;
}

/// <summary>Signed raw HTTP calls to a control plane, for tests that need exact status codes and bodies.</summary>
internal sealed class LambdaHttp : IDisposable
{
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly LambdaControlPlane _plane;
    private readonly LambdaControlPlaneOptions _options;

    public LambdaHttp(LambdaControlPlane plane, LambdaControlPlaneOptions options)
    {
        _plane = plane;
        _options = options;
    }

    public Task<LambdaResponse> SendAsync(HttpMethod method, string pathAndQuery, string? json = null,
        Action<HttpRequestMessage, byte[]>? sign = null)
    {
        var request = Build(method, pathAndQuery, json, out var body);
        (sign ?? SignWithOptions)(request, body);
        return SendRawAsync(request);
    }

    public HttpRequestMessage Build(HttpMethod method, string pathAndQuery, string? json, out byte[] body)
    {
        body = json is null ? [] : Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestMessage(method, new Uri(_plane.Endpoint, pathAndQuery));
        if (json is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    public void SignWithOptions(HttpRequestMessage request, byte[] body) =>
        TestSigner.Sign(request, body, _options.AccessKeyId, _options.SecretAccessKey, _options.Region);

    public async Task<LambdaResponse> SendRawAsync(HttpRequestMessage request)
    {
        using var response = await _client.SendAsync(request);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in response.Headers.Concat(response.Content.Headers))
        {
            headers[h.Key.ToLowerInvariant()] = string.Join(",", h.Value);
        }

        return new LambdaResponse(response.StatusCode, headers, await response.Content.ReadAsStringAsync());
    }

    // Shorthands for the operations.
    public Task<LambdaResponse> CreateAsync(string json) => SendAsync(HttpMethod.Post, "2015-03-31/functions", json);

    public Task<LambdaResponse> GetConfigurationAsync(string nameOrArn) =>
        SendAsync(HttpMethod.Get, $"2015-03-31/functions/{Uri.EscapeDataString(nameOrArn)}/configuration");

    public Task<LambdaResponse> GetFunctionAsync(string nameOrArn) =>
        SendAsync(HttpMethod.Get, $"2015-03-31/functions/{Uri.EscapeDataString(nameOrArn)}");

    public Task<LambdaResponse> UpdateConfigurationAsync(string name, string json) =>
        SendAsync(HttpMethod.Put, $"2015-03-31/functions/{Uri.EscapeDataString(name)}/configuration", json);

    public Task<LambdaResponse> UpdateCodeAsync(string name, string json) =>
        SendAsync(HttpMethod.Put, $"2015-03-31/functions/{Uri.EscapeDataString(name)}/code", json);

    public Task<LambdaResponse> PublishAsync(string name, string json = "{}") =>
        SendAsync(HttpMethod.Post, $"2015-03-31/functions/{Uri.EscapeDataString(name)}/versions", json);

    public void Dispose() => _client.Dispose();
}

/// <summary>Request bodies and deployment packages used across tests.</summary>
internal static class Bodies
{
    public const string Role = "arn:aws:iam::123456789012:role/lambda-role";

    public static byte[] Zip(string content = "hello")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("bootstrap.txt");
            entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var writer = new StreamWriter(entry.Open());
            writer.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>A valid CreateFunction body; <paramref name="extra"/> is spliced in as additional members.</summary>
    public static string Create(string name, string extra = "", byte[]? zip = null) =>
        $$"""{"FunctionName":"{{name}}","Runtime":"dotnet8","Role":"{{Role}}","Handler":"App::App.Function::Handler","Code":{"ZipFile":"{{Convert.ToBase64String(zip ?? Zip())}}"}{{(extra.Length > 0 ? "," + extra : "")}}}""";

    public static string Arn(string name) => $"arn:aws:lambda:us-east-1:123456789012:function:{name}";
}
