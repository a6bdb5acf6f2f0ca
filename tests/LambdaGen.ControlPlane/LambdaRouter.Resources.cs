namespace LambdaGen.ControlPlane;

/// <summary>
/// Routes of the operations on what a function owns (function URLs, policy, aliases, versions, concurrency,
/// asynchronous invocation config) and DeleteFunction. Request URIs, methods and API date prefixes are the model's.
/// <see cref="RouteMatch.Name"/> carries the second URI label (alias name, statement id).
/// </summary>
internal static class ResourceRoutes
{
    public static RouteMatch? Match(string method, string[] segments, string rawQuery)
    {
        if (segments.Length < 3 || segments[1] != "functions")
        {
            return null;
        }

        var label = Uri.UnescapeDataString(segments[2]);
        var tail = segments.Length >= 4 ? segments[3] : null;
        var name = segments.Length == 5 ? Uri.UnescapeDataString(segments[4]) : null;
        var n = segments.Length;
        string? op = (segments[0], method, n, tail) switch
        {
            ("2015-03-31", "DELETE", 3, _) => "DeleteFunction",
            ("2015-03-31", "GET", 4, "versions") => "ListVersionsByFunction",
            ("2015-03-31", "POST", 4, "policy") => "AddPermission",
            ("2015-03-31", "GET", 4, "policy") => "GetPolicy",
            ("2015-03-31", "DELETE", 5, "policy") => "RemovePermission",
            ("2015-03-31", "POST", 4, "aliases") => "CreateAlias",
            ("2015-03-31", "GET", 4, "aliases") => "ListAliases",
            ("2015-03-31", "GET", 5, "aliases") => "GetAlias",
            ("2015-03-31", "PUT", 5, "aliases") => "UpdateAlias",
            ("2015-03-31", "DELETE", 5, "aliases") => "DeleteAlias",
            ("2021-10-31", "POST", 4, "url") => "CreateFunctionUrlConfig",
            ("2021-10-31", "GET", 4, "url") => "GetFunctionUrlConfig",
            ("2021-10-31", "PUT", 4, "url") => "UpdateFunctionUrlConfig",
            ("2021-10-31", "DELETE", 4, "url") => "DeleteFunctionUrlConfig",
            ("2021-10-31", "GET", 4, "urls") => "ListFunctionUrlConfigs",
            ("2017-10-31", "PUT", 4, "concurrency") => "PutFunctionConcurrency",
            ("2017-10-31", "DELETE", 4, "concurrency") => "DeleteFunctionConcurrency",
            ("2019-09-30", "GET", 4, "concurrency") => "GetFunctionConcurrency",
            ("2019-09-30", "PUT", 4, "provisioned-concurrency") => "PutProvisionedConcurrencyConfig",
            ("2019-09-30", "GET", 4, "provisioned-concurrency") => HasQuery(rawQuery, "List", "ALL")
                ? "ListProvisionedConcurrencyConfigs"
                : "GetProvisionedConcurrencyConfig",
            ("2019-09-30", "DELETE", 4, "provisioned-concurrency") => "DeleteProvisionedConcurrencyConfig",
            ("2019-09-25", "PUT", 4, "event-invoke-config") => "PutFunctionEventInvokeConfig",
            ("2019-09-25", "POST", 4, "event-invoke-config") => "UpdateFunctionEventInvokeConfig",
            ("2019-09-25", "GET", 4, "event-invoke-config") => "GetFunctionEventInvokeConfig",
            ("2019-09-25", "DELETE", 4, "event-invoke-config") => "DeleteFunctionEventInvokeConfig",
            ("2019-09-25", "GET", 5, "event-invoke-config") when segments[4] == "list" => "ListFunctionEventInvokeConfigs",
            _ => null,
        };

        return op is null ? null : new RouteMatch(op, label) { Name = op == "ListFunctionEventInvokeConfigs" ? null : name };
    }

    private static bool HasQuery(string rawQuery, string key, string value) =>
        rawQuery.Split('&').Any(p => p == $"{key}={value}");
}
