namespace LambdaGen.ControlPlane.Tests;

/// <summary>Raw calls for the function URL, policy, alias, concurrency and async invoke operations (paths from the model).</summary>
internal static class ResourceCalls
{
    private static string F(string name) => Uri.EscapeDataString(name);

    private static string Q(string? qualifier) => qualifier is null ? "" : $"?Qualifier={Uri.EscapeDataString(qualifier)}";

    public static Task<LambdaResponse> CreateUrlAsync(this LambdaHttp http, string fn, string json, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Post, $"2021-10-31/functions/{F(fn)}/url{Q(qualifier)}", json);

    public static Task<LambdaResponse> GetUrlAsync(this LambdaHttp http, string fn, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Get, $"2021-10-31/functions/{F(fn)}/url{Q(qualifier)}");

    public static Task<LambdaResponse> UpdateUrlAsync(this LambdaHttp http, string fn, string json, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Put, $"2021-10-31/functions/{F(fn)}/url{Q(qualifier)}", json);

    public static Task<LambdaResponse> DeleteUrlAsync(this LambdaHttp http, string fn, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Delete, $"2021-10-31/functions/{F(fn)}/url{Q(qualifier)}");

    public static Task<LambdaResponse> AddPermissionAsync(this LambdaHttp http, string fn, string json, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Post, $"2015-03-31/functions/{F(fn)}/policy{Q(qualifier)}", json);

    public static Task<LambdaResponse> GetPolicyAsync(this LambdaHttp http, string fn, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Get, $"2015-03-31/functions/{F(fn)}/policy{Q(qualifier)}");

    public static Task<LambdaResponse> RemovePermissionAsync(this LambdaHttp http, string fn, string sid, string query = "") =>
        http.SendAsync(HttpMethod.Delete, $"2015-03-31/functions/{F(fn)}/policy/{F(sid)}{query}");

    public static Task<LambdaResponse> CreateAliasAsync(this LambdaHttp http, string fn, string json) =>
        http.SendAsync(HttpMethod.Post, $"2015-03-31/functions/{F(fn)}/aliases", json);

    public static Task<LambdaResponse> GetAliasAsync(this LambdaHttp http, string fn, string alias) =>
        http.SendAsync(HttpMethod.Get, $"2015-03-31/functions/{F(fn)}/aliases/{F(alias)}");

    public static Task<LambdaResponse> UpdateAliasAsync(this LambdaHttp http, string fn, string alias, string json) =>
        http.SendAsync(HttpMethod.Put, $"2015-03-31/functions/{F(fn)}/aliases/{F(alias)}", json);

    public static Task<LambdaResponse> DeleteAliasAsync(this LambdaHttp http, string fn, string alias) =>
        http.SendAsync(HttpMethod.Delete, $"2015-03-31/functions/{F(fn)}/aliases/{F(alias)}");

    public static Task<LambdaResponse> ListAliasesAsync(this LambdaHttp http, string fn, string query = "") =>
        http.SendAsync(HttpMethod.Get, $"2015-03-31/functions/{F(fn)}/aliases{query}");

    public static Task<LambdaResponse> ListVersionsAsync(this LambdaHttp http, string fn, string query = "") =>
        http.SendAsync(HttpMethod.Get, $"2015-03-31/functions/{F(fn)}/versions{query}");

    public static Task<LambdaResponse> DeleteFunctionAsync(this LambdaHttp http, string fn, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Delete, $"2015-03-31/functions/{F(fn)}{Q(qualifier)}");

    public static Task<LambdaResponse> PutConcurrencyAsync(this LambdaHttp http, string fn, int reserved) =>
        http.SendAsync(HttpMethod.Put, $"2017-10-31/functions/{F(fn)}/concurrency", $$"""{"ReservedConcurrentExecutions":{{reserved}}}""");

    public static Task<LambdaResponse> GetConcurrencyAsync(this LambdaHttp http, string fn) =>
        http.SendAsync(HttpMethod.Get, $"2019-09-30/functions/{F(fn)}/concurrency");

    public static Task<LambdaResponse> DeleteConcurrencyAsync(this LambdaHttp http, string fn) =>
        http.SendAsync(HttpMethod.Delete, $"2017-10-31/functions/{F(fn)}/concurrency");

    public static Task<LambdaResponse> PutProvisionedAsync(this LambdaHttp http, string fn, string? qualifier, int count) =>
        http.SendAsync(HttpMethod.Put, $"2019-09-30/functions/{F(fn)}/provisioned-concurrency{Q(qualifier)}", $$"""{"ProvisionedConcurrentExecutions":{{count}}}""");

    public static Task<LambdaResponse> GetProvisionedAsync(this LambdaHttp http, string fn, string? qualifier) =>
        http.SendAsync(HttpMethod.Get, $"2019-09-30/functions/{F(fn)}/provisioned-concurrency{Q(qualifier)}");

    public static Task<LambdaResponse> DeleteProvisionedAsync(this LambdaHttp http, string fn, string? qualifier) =>
        http.SendAsync(HttpMethod.Delete, $"2019-09-30/functions/{F(fn)}/provisioned-concurrency{Q(qualifier)}");

    public static Task<LambdaResponse> PutEventInvokeAsync(this LambdaHttp http, string fn, string json, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Put, $"2019-09-25/functions/{F(fn)}/event-invoke-config{Q(qualifier)}", json);

    public static Task<LambdaResponse> UpdateEventInvokeAsync(this LambdaHttp http, string fn, string json, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Post, $"2019-09-25/functions/{F(fn)}/event-invoke-config{Q(qualifier)}", json);

    public static Task<LambdaResponse> GetEventInvokeAsync(this LambdaHttp http, string fn, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Get, $"2019-09-25/functions/{F(fn)}/event-invoke-config{Q(qualifier)}");

    public static Task<LambdaResponse> DeleteEventInvokeAsync(this LambdaHttp http, string fn, string? qualifier = null) =>
        http.SendAsync(HttpMethod.Delete, $"2019-09-25/functions/{F(fn)}/event-invoke-config{Q(qualifier)}");
}
