namespace LambdaGen.ControlPlane;

/// <summary>What a request is: the Lambda operation and its URI label (function name/ARN or tag resource ARN).</summary>
internal sealed record RouteMatch(string Operation, string? Target)
{
    /// <summary>A second URI label (alias name, policy statement id), for the routes in <see cref="ResourceRoutes"/>.</summary>
    public string? Name { get; init; }
}

/// <summary>
/// Maps method + raw path onto the REST-JSON routes of the Lambda API (request URIs from the service model).
/// Works on the raw path so that an ARN label ("arn%3Aaws%3Alambda…") is decoded exactly once, here.
/// </summary>
internal static class LambdaRouter
{
    public const string Unknown = "Unknown";

    public static RouteMatch Match(string method, string rawPath, string rawQuery = "")
    {
        var segments = rawPath.Trim('/').Split('/');
        if (EventSourceMappingRoutes.Match(method, segments) is { } mapping)
        {
            return mapping;
        }

        if (ResourceRoutes.Match(method, segments, rawQuery) is { } resource)
        {
            return resource;
        }

        if (segments.Length < 2)
        {
            return new RouteMatch(Unknown, null);
        }

        var version = segments[0];
        var isFunctions = segments[1] == "functions";
        string? label = segments.Length >= 3 ? Uri.UnescapeDataString(segments[2]) : null;
        var tail = segments.Length >= 4 ? segments[3] : null;
        var extra = segments.Length > 4;

        switch (version)
        {
            case "2015-03-31" when isFunctions && !extra:
                return (method, segments.Length, tail) switch
                {
                    ("POST", 2, _) => new RouteMatch("CreateFunction", null),
                    ("GET", 3, _) => new RouteMatch("GetFunction", label),
                    ("GET", 4, "configuration") => new RouteMatch("GetFunctionConfiguration", label),
                    ("PUT", 4, "configuration") => new RouteMatch("UpdateFunctionConfiguration", label),
                    ("PUT", 4, "code") => new RouteMatch("UpdateFunctionCode", label),
                    ("POST", 4, "versions") => new RouteMatch("PublishVersion", label),
                    _ => new RouteMatch(Unknown, label),
                };

            case "2017-03-31" when segments[1] == "tags" && segments.Length == 3:
                return method switch
                {
                    "GET" => new RouteMatch("ListTags", label),
                    "POST" => new RouteMatch("TagResource", label),
                    "DELETE" => new RouteMatch("UntagResource", label),
                    _ => new RouteMatch(Unknown, label),
                };

            case "2020-06-30" when isFunctions && segments.Length == 4 && tail == "code-signing-config":
                return method switch
                {
                    "PUT" => new RouteMatch("PutFunctionCodeSigningConfig", label),
                    "GET" => new RouteMatch("GetFunctionCodeSigningConfig", label),
                    "DELETE" => new RouteMatch("DeleteFunctionCodeSigningConfig", label),
                    _ => new RouteMatch(Unknown, label),
                };

            default:
                return new RouteMatch(Unknown, label);
        }
    }
}
