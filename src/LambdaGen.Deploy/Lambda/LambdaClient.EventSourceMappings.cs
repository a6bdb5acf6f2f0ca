using System.Text.Json.Nodes;

namespace LambdaGen.Deploy.Lambda;

/// <summary>The event source mapping operations (<c>/2015-03-31/event-source-mappings[/{UUID}]</c>), as the SDK sends them.</summary>
internal sealed partial class LambdaClient
{
    private const string MappingsPath = "/2015-03-31/event-source-mappings/";

    /// <summary>ListEventSourceMappings?FunctionName=, every page.</summary>
    public async Task<List<JsonObject>> ListEventSourceMappingsAsync(string functionName, CancellationToken cancellationToken)
    {
        var mappings = new List<JsonObject>();
        string? marker = null;
        do
        {
            var request = New("GET", MappingsPath, null);
            request.Parameters["FunctionName"] = functionName;
            if (marker is not null)
            {
                request.Parameters["Marker"] = marker;
            }
            request.UseQueryString = true;
            var body = (await SendAsync("ListEventSourceMappings", request, null, cancellationToken).ConfigureAwait(false)).Body;
            mappings.AddRange((body["EventSourceMappings"] as JsonArray ?? new JsonArray()).OfType<JsonObject>());
            marker = body.GetString("NextMarker") is { Length: > 0 } next ? next : null;
        }
        while (marker is not null);
        return mappings;
    }

    /// <summary>GetEventSourceMapping, or null when the mapping does not exist (404: never created, or deleted).</summary>
    public async Task<JsonObject?> GetEventSourceMappingAsync(string uuid, CancellationToken cancellationToken)
    {
        try
        {
            return (await SendAsync("GetEventSourceMapping", Mapping("GET", uuid), null, cancellationToken).ConfigureAwait(false)).Body;
        }
        catch (AwsApiException ex) when (ex.StatusCode == 404 && ex.ErrorType == "ResourceNotFoundException")
        {
            return null;
        }
    }

    public async Task<JsonObject> CreateEventSourceMappingAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var request = New("POST", MappingsPath, null);
        return (await SendAsync("CreateEventSourceMapping", request, body, cancellationToken).ConfigureAwait(false)).Body;
    }

    public async Task<JsonObject> UpdateEventSourceMappingAsync(string uuid, JsonObject body, CancellationToken cancellationToken) =>
        (await SendAsync("UpdateEventSourceMapping", Mapping("PUT", uuid), body, cancellationToken).ConfigureAwait(false)).Body;

    public async Task<JsonObject> DeleteEventSourceMappingAsync(string uuid, CancellationToken cancellationToken) =>
        (await SendAsync("DeleteEventSourceMapping", Mapping("DELETE", uuid), null, cancellationToken).ConfigureAwait(false)).Body;

    private Amazon.Runtime.Internal.DefaultRequest Mapping(string method, string uuid)
    {
        var request = New(method, "/2015-03-31/event-source-mappings/{UUID}", null);
        request.AddPathResource("{UUID}", uuid);
        return request;
    }
}
