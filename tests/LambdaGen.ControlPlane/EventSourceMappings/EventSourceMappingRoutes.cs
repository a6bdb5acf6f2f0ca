namespace LambdaGen.ControlPlane;

/// <summary>
/// Routes of the five event source mapping operations (request URIs from the model): the collection
/// <c>/2015-03-31/event-source-mappings</c> (POST create, GET list; botocore and the SDKs may add a trailing slash) and one
/// mapping <c>/2015-03-31/event-source-mappings/{UUID}</c> (GET, PUT update, DELETE). <see cref="RouteMatch.Name"/> carries the UUID.
/// </summary>
internal static class EventSourceMappingRoutes
{
    public static RouteMatch? Match(string method, string[] segments)
    {
        if (segments.Length is < 2 or > 3 || segments[0] != "2015-03-31" || segments[1] != "event-source-mappings")
        {
            return null;
        }

        var uuid = segments.Length == 3 ? Uri.UnescapeDataString(segments[2]) : null;
        string? op = (method, uuid) switch
        {
            ("POST", null) => "CreateEventSourceMapping",
            ("GET", null) => "ListEventSourceMappings",
            ("GET", not null) => "GetEventSourceMapping",
            ("PUT", not null) => "UpdateEventSourceMapping",
            ("DELETE", not null) => "DeleteEventSourceMapping",
            _ => null,
        };
        return op is null ? new RouteMatch(LambdaRouter.Unknown, null) : new RouteMatch(op, null) { Name = uuid };
    }
}
