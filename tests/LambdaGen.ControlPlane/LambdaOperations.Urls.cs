using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// Function URLs (<c>/2021-10-31/functions/{FunctionName}/url</c>, list at <c>…/urls</c>). One config per qualifier:
/// the unqualified function ($LATEST) or an alias; version numbers are refused by the Qualifier pattern.
/// Messages: the 409 is the service's (as quoted in client errors); the 404 texts follow LocalStack's AWS-recorded provider.
/// </summary>
internal sealed partial class LambdaOperations
{
    private const string UrlFunctionMissing = "Function does not exist";
    private const string UrlResourceMissing = "The resource you requested does not exist.";

    private OperationResult CreateFunctionUrlConfig(string label, string? qualifier, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, ResourceShapes.CreateFunctionUrlConfigRequest);
        lock (_store.Sync)
        {
            var t = ResolveUrlTarget(label, qualifier, UrlFunctionMissing);
            if (t.Resources.Urls.TryGetValue(t.Key, out var existing))
            {
                throw Conflict($"Failed to create function url config for [functionArn = {existing.FunctionArn}]. Error message:  FunctionUrlConfig exists for this Lambda function");
            }

            if (t.Qualifier is not null && AliasTarget(t.Function, t.Qualifier) is null)
            {
                throw NotFoundWith(UrlFunctionMissing);
            }

            var now = DateTimeOffset.UtcNow;
            var url = new FunctionUrlRecord
            {
                FunctionUrl = $"https://{UrlId()}.lambda-url.{_options.Region}.on.aws/",
                FunctionArn = t.QualifiedArn,
                AuthType = Json.Str(req, "AuthType")!,
                Cors = Json.Obj(req, "Cors")?.DeepClone().AsObject(),
                InvokeMode = Json.Str(req, "InvokeMode") ?? "BUFFERED",
                CreationTime = now,
                LastModifiedTime = now,
            };
            t.Resources.Urls[t.Key] = url;
            var response = RenderUrl(url);
            response.Remove("LastModifiedTime"); // CreateFunctionUrlConfigResponse has no LastModifiedTime
            return new OperationResult(201, response);
        }
    }

    private OperationResult GetFunctionUrlConfig(string label, string? qualifier)
    {
        lock (_store.Sync)
        {
            var t = ResolveUrlTarget(label, qualifier, UrlResourceMissing);
            return t.Resources.Urls.TryGetValue(t.Key, out var url)
                ? new OperationResult(200, RenderUrl(url))
                : throw NotFoundWith(UrlResourceMissing);
        }
    }

    /// <summary>Members given replace the current ones (Cors as a whole); LastModifiedTime moves on.</summary>
    private OperationResult UpdateFunctionUrlConfig(string label, string? qualifier, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, ResourceShapes.UpdateFunctionUrlConfigRequest);
        lock (_store.Sync)
        {
            var t = ResolveUrlTarget(label, qualifier, UrlFunctionMissing);
            if (t.Qualifier is not null && AliasTarget(t.Function, t.Qualifier) is null)
            {
                throw NotFoundWith(UrlFunctionMissing);
            }

            if (!t.Resources.Urls.TryGetValue(t.Key, out var url))
            {
                throw NotFoundWith(UrlResourceMissing);
            }

            if (Json.Str(req, "AuthType") is { } auth)
            {
                url.AuthType = auth;
            }

            if (Json.Obj(req, "Cors") is { } cors)
            {
                url.Cors = cors.DeepClone().AsObject();
            }

            if (Json.Str(req, "InvokeMode") is { } mode)
            {
                url.InvokeMode = mode;
            }

            url.LastModifiedTime = DateTimeOffset.UtcNow;
            return new OperationResult(200, RenderUrl(url));
        }
    }

    /// <summary>204. The resource policy is left as it is (the service does not remove the statements a URL needed).</summary>
    private OperationResult DeleteFunctionUrlConfig(string label, string? qualifier)
    {
        lock (_store.Sync)
        {
            var t = ResolveUrlTarget(label, qualifier, UrlResourceMissing);
            return t.Resources.Urls.Remove(t.Key)
                ? new OperationResult(204, null)
                : throw NotFoundWith(UrlResourceMissing);
        }
    }

    private OperationResult ListFunctionUrlConfigs(string label, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        lock (_store.Sync)
        {
            var t = ResolveUrlTarget(label, null, UrlFunctionMissing);
            var all = t.Resources.Urls.Values
                .OrderBy(u => u.FunctionArn, StringComparer.Ordinal)
                .Select(u => (JsonNode)RenderUrl(u))
                .ToList();
            var (page, next) = Page(all, query, ResourceShapes.MaxItems50);
            var response = new JsonObject { ["FunctionUrlConfigs"] = new JsonArray(page.Select(n => n.DeepClone()).ToArray()) };
            if (next is not null)
            {
                response["NextMarker"] = next;
            }

            return new OperationResult(200, response);
        }
    }

    private ResourceTarget ResolveUrlTarget(string label, string? qualifier, string missingMessage) =>
        ResolveTarget(label, qualifier, ResourceShapes.FunctionUrlFunctionName, ResourceShapes.FunctionUrlQualifier,
            _ => NotFoundWith(missingMessage));

    private static JsonObject RenderUrl(FunctionUrlRecord u)
    {
        var o = new JsonObject
        {
            ["FunctionUrl"] = u.FunctionUrl,
            ["FunctionArn"] = u.FunctionArn,
            ["AuthType"] = u.AuthType,
        };
        if (u.Cors is not null)
        {
            o["Cors"] = u.Cors.DeepClone();
        }

        o["CreationTime"] = UrlTimestamp(u.CreationTime);
        o["LastModifiedTime"] = UrlTimestamp(u.LastModifiedTime);
        o["InvokeMode"] = u.InvokeMode;
        return o;
    }

    /// <summary>ISO-8601 with microseconds and Z (the form client tools show for URL configs; approximate).</summary>
    private static string UrlTimestamp(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A 32-character lower-case url-id, as in https://&lt;url-id&gt;.lambda-url.&lt;region&gt;.on.aws/.</summary>
    private static string UrlId()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(32, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}
