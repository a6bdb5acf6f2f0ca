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
internal sealed partial class LambdaClient
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

    // ---------------------------------------------------------------- the other operations of a function (issue 14)

    /// <summary>GetFunctionConcurrency: the reserved concurrency, or null when none (the service answers <c>{}</c>).</summary>
    public async Task<int?> GetFunctionConcurrencyAsync(string functionName, CancellationToken cancellationToken)
    {
        var request = New("GET", "/2019-09-30/functions/{FunctionName}/concurrency", functionName);
        var body = (await SendAsync("GetFunctionConcurrency", request, null, cancellationToken).ConfigureAwait(false)).Body;
        return body["ReservedConcurrentExecutions"] is JsonValue v && v.TryGetValue(out int n) ? n : null;
    }

    public async Task PutFunctionConcurrencyAsync(string functionName, JsonObject body, CancellationToken cancellationToken)
    {
        var request = New("PUT", "/2017-10-31/functions/{FunctionName}/concurrency", functionName);
        await SendAsync("PutFunctionConcurrency", request, body, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteFunctionConcurrencyAsync(string functionName, CancellationToken cancellationToken)
    {
        var request = New("DELETE", "/2017-10-31/functions/{FunctionName}/concurrency", functionName);
        await SendAsync("DeleteFunctionConcurrency", request, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>ListVersionsByFunction, every page: the published versions (<c>$LATEST</c> left out).</summary>
    public async Task<List<JsonObject>> ListVersionsByFunctionAsync(string functionName, CancellationToken cancellationToken)
    {
        var versions = new List<JsonObject>();
        string? marker = null;
        do
        {
            var request = New("GET", "/2015-03-31/functions/{FunctionName}/versions", functionName);
            if (marker is not null)
            {
                request.Parameters["Marker"] = marker;
            }
            request.UseQueryString = true;
            var body = (await SendAsync("ListVersionsByFunction", request, null, cancellationToken).ConfigureAwait(false)).Body;
            foreach (JsonNode? item in body["Versions"] as JsonArray ?? new JsonArray())
            {
                if (item is JsonObject o && o.GetString("Version") is { } version && version != "$LATEST")
                {
                    versions.Add(o);
                }
            }
            marker = body.GetString("NextMarker") is { Length: > 0 } next ? next : null;
        }
        while (marker is not null);
        return versions;
    }

    /// <summary>ListAliases, every page.</summary>
    public async Task<List<JsonObject>> ListAliasesAsync(string functionName, CancellationToken cancellationToken)
    {
        var aliases = new List<JsonObject>();
        string? marker = null;
        do
        {
            var request = New("GET", "/2015-03-31/functions/{FunctionName}/aliases", functionName);
            if (marker is not null)
            {
                request.Parameters["Marker"] = marker;
            }
            request.UseQueryString = true;
            var body = (await SendAsync("ListAliases", request, null, cancellationToken).ConfigureAwait(false)).Body;
            aliases.AddRange((body["Aliases"] as JsonArray ?? new JsonArray()).OfType<JsonObject>());
            marker = body.GetString("NextMarker") is { Length: > 0 } next ? next : null;
        }
        while (marker is not null);
        return aliases;
    }

    public async Task<JsonObject> CreateAliasAsync(string functionName, JsonObject body, CancellationToken cancellationToken)
    {
        var request = New("POST", "/2015-03-31/functions/{FunctionName}/aliases", functionName);
        return (await SendAsync("CreateAlias", request, body, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task<JsonObject> UpdateAliasAsync(string functionName, string alias, JsonObject body, CancellationToken cancellationToken)
    {
        var request = New("PUT", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", functionName);
        request.AddPathResource("{Name}", alias);
        return (await SendAsync("UpdateAlias", request, body, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task DeleteAliasAsync(string functionName, string alias, CancellationToken cancellationToken)
    {
        var request = New("DELETE", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", functionName);
        request.AddPathResource("{Name}", alias);
        await SendAsync("DeleteAlias", request, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>ListProvisionedConcurrencyConfigs, every page.</summary>
    public async Task<List<JsonObject>> ListProvisionedConcurrencyConfigsAsync(string functionName, CancellationToken cancellationToken)
    {
        var configs = new List<JsonObject>();
        string? marker = null;
        do
        {
            var request = New("GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", functionName);
            request.Parameters["List"] = "ALL";
            if (marker is not null)
            {
                request.Parameters["Marker"] = marker;
            }
            request.UseQueryString = true;
            var body = (await SendAsync("ListProvisionedConcurrencyConfigs", request, null, cancellationToken).ConfigureAwait(false)).Body;
            configs.AddRange((body["ProvisionedConcurrencyConfigs"] as JsonArray ?? new JsonArray()).OfType<JsonObject>());
            marker = body.GetString("NextMarker") is { Length: > 0 } next ? next : null;
        }
        while (marker is not null);
        return configs;
    }

    public async Task<JsonObject> PutProvisionedConcurrencyConfigAsync(string functionName, string qualifier, JsonObject body, CancellationToken cancellationToken)
    {
        var request = Qualified("PUT", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", functionName, qualifier);
        return (await SendAsync("PutProvisionedConcurrencyConfig", request, body, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task<JsonObject> GetProvisionedConcurrencyConfigAsync(string functionName, string qualifier, CancellationToken cancellationToken)
    {
        var request = Qualified("GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", functionName, qualifier);
        return (await SendAsync("GetProvisionedConcurrencyConfig", request, null, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task DeleteProvisionedConcurrencyConfigAsync(string functionName, string qualifier, CancellationToken cancellationToken)
    {
        var request = Qualified("DELETE", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", functionName, qualifier);
        await SendAsync("DeleteProvisionedConcurrencyConfig", request, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>ListFunctionUrlConfigs, every page.</summary>
    public async Task<List<JsonObject>> ListFunctionUrlConfigsAsync(string functionName, CancellationToken cancellationToken)
    {
        var urls = new List<JsonObject>();
        string? marker = null;
        do
        {
            var request = New("GET", "/2021-10-31/functions/{FunctionName}/urls", functionName);
            if (marker is not null)
            {
                request.Parameters["Marker"] = marker;
            }
            request.UseQueryString = true;
            var body = (await SendAsync("ListFunctionUrlConfigs", request, null, cancellationToken).ConfigureAwait(false)).Body;
            urls.AddRange((body["FunctionUrlConfigs"] as JsonArray ?? new JsonArray()).OfType<JsonObject>());
            marker = body.GetString("NextMarker") is { Length: > 0 } next ? next : null;
        }
        while (marker is not null);
        return urls;
    }

    public async Task<JsonObject> CreateFunctionUrlConfigAsync(string functionName, string? qualifier, JsonObject body, CancellationToken cancellationToken)
    {
        var request = Qualified("POST", "/2021-10-31/functions/{FunctionName}/url", functionName, qualifier);
        return (await SendAsync("CreateFunctionUrlConfig", request, body, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task<JsonObject> UpdateFunctionUrlConfigAsync(string functionName, string? qualifier, JsonObject body, CancellationToken cancellationToken)
    {
        var request = Qualified("PUT", "/2021-10-31/functions/{FunctionName}/url", functionName, qualifier);
        return (await SendAsync("UpdateFunctionUrlConfig", request, body, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task DeleteFunctionUrlConfigAsync(string functionName, string? qualifier, CancellationToken cancellationToken)
    {
        var request = Qualified("DELETE", "/2021-10-31/functions/{FunctionName}/url", functionName, qualifier);
        await SendAsync("DeleteFunctionUrlConfig", request, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The statement ids of the resource-based policy of the function or alias (empty when it has no policy: 404).</summary>
    public async Task<HashSet<string>> GetPolicyStatementIdsAsync(string functionName, string? qualifier, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var request = Qualified("GET", "/2015-03-31/functions/{FunctionName}/policy", functionName, qualifier);
        JsonObject body;
        try
        {
            body = (await SendAsync("GetPolicy", request, null, cancellationToken).ConfigureAwait(false)).Body;
        }
        catch (AwsApiException ex) when (ex.StatusCode == 404 && ex.ErrorType == "ResourceNotFoundException")
        {
            return ids;
        }
        if (body.GetString("Policy") is { Length: > 0 } text && JsonNode.Parse(text) is JsonObject policy && policy["Statement"] is JsonArray statements)
        {
            foreach (JsonNode? statement in statements)
            {
                if ((statement as JsonObject).GetString("Sid") is { } sid)
                {
                    ids.Add(sid);
                }
            }
        }
        return ids;
    }

    public async Task AddPermissionAsync(string functionName, string? qualifier, JsonObject body, CancellationToken cancellationToken)
    {
        var request = Qualified("POST", "/2015-03-31/functions/{FunctionName}/policy", functionName, qualifier);
        await SendAsync("AddPermission", request, body, cancellationToken).ConfigureAwait(false);
    }

    public async Task RemovePermissionAsync(string functionName, string? qualifier, string statementId, CancellationToken cancellationToken)
    {
        var request = Qualified("DELETE", "/2015-03-31/functions/{FunctionName}/policy/{StatementId}", functionName, qualifier);
        request.AddPathResource("{StatementId}", statementId);
        await SendAsync("RemovePermission", request, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GetFunctionEventInvokeConfig of the unqualified function, or null when it has none (404).</summary>
    public async Task<JsonObject?> GetFunctionEventInvokeConfigAsync(string functionName, CancellationToken cancellationToken)
    {
        var request = New("GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config", functionName);
        try
        {
            return (await SendAsync("GetFunctionEventInvokeConfig", request, null, cancellationToken).ConfigureAwait(false)).Body;
        }
        catch (AwsApiException ex) when (ex.StatusCode == 404 && ex.ErrorType == "ResourceNotFoundException")
        {
            return null;
        }
    }

    public async Task PutFunctionEventInvokeConfigAsync(string functionName, JsonObject body, CancellationToken cancellationToken)
    {
        var request = New("PUT", "/2019-09-25/functions/{FunctionName}/event-invoke-config", functionName);
        await SendAsync("PutFunctionEventInvokeConfig", request, body, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteFunctionEventInvokeConfigAsync(string functionName, CancellationToken cancellationToken)
    {
        var request = New("DELETE", "/2019-09-25/functions/{FunctionName}/event-invoke-config", functionName);
        await SendAsync("DeleteFunctionEventInvokeConfig", request, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A request with an optional <c>?Qualifier=</c> (a query member in the model, as the SDK sends it).</summary>
    private DefaultRequest Qualified(string method, string resourcePath, string functionName, string? qualifier)
    {
        var request = New(method, resourcePath, functionName);
        if (qualifier is not null)
        {
            request.Parameters["Qualifier"] = qualifier;
            request.UseQueryString = true;
        }
        return request;
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
