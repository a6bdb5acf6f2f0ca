using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.Runtime.Internal;
using LambdaGen.Deploy.Aws;

namespace LambdaGen.Deploy.Lambda;

/// <summary>
/// The handful of Lambda REST-JSON operations the deploy needs (API version 2015-03-31, tags under
/// 2017-03-31, code signing under 2020-06-30), with the same paths, headers and bodies the AWS SDK for .NET sends.
/// Each method makes exactly one attempt.
/// </summary>
internal sealed class LambdaClient
{
    private const string ApiVersion = "2015-03-31";
    private const string JsonContentType = "application/json";

    /// <summary>Code signing lives under its own API date (the header still says 2015-03-31, as the SDK sends).</summary>
    private const string CodeSigningPath = "/2020-06-30/functions/{FunctionName}/code-signing-config";

    /// <summary>Only what JSON requires is escaped (the default escaper would turn every '+' of a base64 zip into \u002B).</summary>
    private static readonly JsonSerializerOptions BodyOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly AwsTransport _transport;
    private readonly Uri _endpoint;

    public LambdaClient(AwsTransport transport, Uri endpoint)
    {
        _transport = transport;
        _endpoint = endpoint;
    }

    /// <summary>The deployed <c>$LATEST</c> configuration, or null when the function does not exist (404).</summary>
    public async Task<JsonObject?> GetFunctionConfigurationAsync(string functionName, CancellationToken cancellationToken)
    {
        var request = New("GET", "/2015-03-31/functions/{FunctionName}/configuration", functionName);
        request.Parameters["Qualifier"] = "$LATEST";
        request.UseQueryString = true;
        try
        {
            return (await SendAsync("GetFunctionConfiguration", request, null, cancellationToken).ConfigureAwait(false)).Body;
        }
        catch (AwsApiException ex) when (ex.StatusCode == 404 && ex.ErrorType == "ResourceNotFoundException")
        {
            return null;
        }
    }

    /// <summary>GetFunction (used for image functions: it reports Code.ImageUri).</summary>
    public async Task<JsonObject> GetFunctionAsync(string functionName, CancellationToken cancellationToken)
    {
        var request = New("GET", "/2015-03-31/functions/{FunctionName}", functionName);
        return (await SendAsync("GetFunction", request, null, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task<JsonObject> CreateFunctionAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var request = New("POST", "/2015-03-31/functions", null);
        return (await SendAsync("CreateFunction", request, body, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task<JsonObject> UpdateFunctionConfigurationAsync(string functionName, JsonObject body, CancellationToken cancellationToken)
    {
        var request = New("PUT", "/2015-03-31/functions/{FunctionName}/configuration", functionName);
        return (await SendAsync("UpdateFunctionConfiguration", request, body, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task<JsonObject> UpdateFunctionCodeAsync(string functionName, JsonObject body, CancellationToken cancellationToken)
    {
        var request = New("PUT", "/2015-03-31/functions/{FunctionName}/code", functionName);
        return (await SendAsync("UpdateFunctionCode", request, body, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task<JsonObject> PublishVersionAsync(string functionName, JsonObject body, CancellationToken cancellationToken)
    {
        var request = New("POST", "/2015-03-31/functions/{FunctionName}/versions", functionName);
        return (await SendAsync("PublishVersion", request, body, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task<SortedDictionary<string, string>> ListTagsAsync(string functionArn, CancellationToken cancellationToken)
    {
        var request = NewTags("GET", functionArn);
        var body = (await SendAsync("ListTags", request, null, cancellationToken).ConfigureAwait(false)).Body;
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (body["Tags"] is JsonObject map)
        {
            foreach (var (key, value) in map)
            {
                tags[key] = value.AsString() ?? "";
            }
        }
        return tags;
    }

    public async Task TagResourceAsync(string functionArn, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        var map = new JsonObject();
        foreach (var (key, value) in tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            map[key] = value;
        }
        var request = NewTags("POST", functionArn);
        await SendAsync("TagResource", request, new JsonObject { ["Tags"] = map }, cancellationToken).ConfigureAwait(false);
    }

    public async Task UntagResourceAsync(string functionArn, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var request = NewTags("DELETE", functionArn);
        request.ParameterCollection.Add("tagKeys", keys.OrderBy(k => k, StringComparer.Ordinal).ToList());
        request.UseQueryString = true; // as the SDK's marshaller does: without it a DELETE drops its query
        await SendAsync("UntagResource", request, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The function's code signing configuration ARN, or null when it has none (the service may answer
    /// <c>{}</c> or an empty string). Lambda rejects this call for container-image functions.
    /// </summary>
    public async Task<string?> GetFunctionCodeSigningConfigAsync(string functionName, CancellationToken cancellationToken)
    {
        var request = New("GET", CodeSigningPath, functionName);
        var body = (await SendAsync("GetFunctionCodeSigningConfig", request, null, cancellationToken).ConfigureAwait(false)).Body;
        return body.GetString("CodeSigningConfigArn") is { Length: > 0 } arn ? arn : null;
    }

    public async Task PutFunctionCodeSigningConfigAsync(string functionName, string codeSigningConfigArn, CancellationToken cancellationToken)
    {
        var request = New("PUT", CodeSigningPath, functionName);
        var body = new JsonObject { ["CodeSigningConfigArn"] = codeSigningConfigArn };
        await SendAsync("PutFunctionCodeSigningConfig", request, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Detaches the code signing configuration (204).</summary>
    public async Task DeleteFunctionCodeSigningConfigAsync(string functionName, CancellationToken cancellationToken)
    {
        var request = New("DELETE", CodeSigningPath, functionName);
        await SendAsync("DeleteFunctionCodeSigningConfig", request, null, cancellationToken).ConfigureAwait(false);
    }

    private DefaultRequest New(string method, string resourcePath, string? functionName)
    {
        var request = RequestSigner.NewRequest("Lambda", method, _endpoint, resourcePath);
        if (functionName is not null)
        {
            request.AddPathResource("{FunctionName}", functionName);
        }
        request.Headers["x-amz-api-version"] = ApiVersion;
        return request;
    }

    private DefaultRequest NewTags(string method, string functionArn)
    {
        var request = RequestSigner.NewRequest("Lambda", method, _endpoint, "/2017-03-31/tags/{Resource}");
        request.AddPathResource("{Resource}", functionArn);
        request.Headers["x-amz-api-version"] = ApiVersion;
        return request;
    }

    private Task<(int Status, JsonObject Body)> SendAsync(string operation, DefaultRequest request, JsonObject? body, CancellationToken cancellationToken)
    {
        if (body is not null)
        {
            request.Content = Encoding.UTF8.GetBytes(body.ToJsonString(BodyOptions));
        }
        return _transport.SendAsync(operation, request, "lambda", doubleEncodePath: true, body is null ? null : JsonContentType, cancellationToken);
    }
}
