using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LambdaGen.ControlPlane;

/// <summary>
/// A local AWS Lambda control plane for tests: a loopback HTTP server speaking the Lambda REST-JSON
/// protocol (API 2015-03-31) for the calls a deploy needs. Every request is recorded, SigV4-checked
/// (by botocore), optionally faulted, then executed against an in-memory function store.
/// </summary>
public sealed class LambdaControlPlane : IAsyncDisposable
{
    private readonly LambdaControlPlaneOptions _options;
    private readonly FunctionStore _store;
    private readonly LambdaOperations _operations;
    private readonly List<RecordingSlot> _requests = new();
    private WebApplication? _app;
    private SignatureVerifier? _verifier;

    private LambdaControlPlane(LambdaControlPlaneOptions options)
    {
        _options = options;
        _store = new FunctionStore(options);
        _operations = new LambdaOperations(_store, options);
        Faults = new FaultInjector();
    }

    /// <summary>http://127.0.0.1:&lt;port&gt;/</summary>
    public Uri Endpoint { get; private set; } = null!;

    public FaultInjector Faults { get; }

    /// <summary>Every request so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.Select(r => r.ToRecord()).ToArray();
            }
        }
    }

    /// <summary>Every function by name (a snapshot; pending transitions whose delay has passed are applied first).</summary>
    public IReadOnlyDictionary<string, FunctionState> Functions => _store.Snapshot();

    public static async Task<LambdaControlPlane> StartAsync(LambdaControlPlaneOptions? options = null)
    {
        var plane = new LambdaControlPlane(options ?? new LambdaControlPlaneOptions());
        try
        {
            await plane.StartCoreAsync().ConfigureAwait(false);
            return plane;
        }
        catch
        {
            await plane.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void ClearRequests()
    {
        lock (_requests)
        {
            _requests.Clear();
        }
    }

    /// <summary>
    /// Creates a function directly (no HTTP, not recorded) so update paths can be tested. The function goes
    /// through the same validation as CreateFunction. Defaults: runtime dotnet8, a small valid zip, role
    /// arn:aws:iam::&lt;account&gt;:role/lambda-role. <paramref name="createFunctionRequestJson"/>, when given,
    /// is a CreateFunction body whose members override the defaults (its FunctionName is replaced).
    /// With <paramref name="active"/> the function is Active/Successful at once, otherwise Pending like a fresh create.
    /// Throws <see cref="ArgumentException"/> with the service's error text if the request is invalid.
    /// </summary>
    public FunctionState SeedFunction(string functionName, byte[]? zipFile = null, string? createFunctionRequestJson = null, bool active = true)
    {
        var body = createFunctionRequestJson is null ? new JsonObject() : ShapeValidator.Parse(createFunctionRequestJson);
        body["FunctionName"] = functionName;
        body["Role"] ??= $"arn:aws:iam::{_options.AccountId}:role/lambda-role";
        if (Json.Str(body, "PackageType") != "Image")
        {
            body["Runtime"] ??= "dotnet8";
            body["Handler"] ??= "Seed::Seed.Function::Handler";
        }

        var code = body["Code"] as JsonObject ?? new JsonObject();
        if (zipFile is not null || code.Count == 0)
        {
            code["ZipFile"] = Convert.ToBase64String(zipFile ?? SeedZip.Bytes);
        }

        body["Code"] = code;
        try
        {
            var (_, record) = _operations.CreateFunction(LambdaJson.Write(body), seed: active);
            lock (_store.Sync)
            {
                return FunctionStore.ToState(record);
            }
        }
        catch (AwsServiceException e)
        {
            throw new ArgumentException($"{e.ErrorType}: {e.Message}", nameof(createFunctionRequestJson), e);
        }
    }

    private async Task StartCoreAsync()
    {
        if (_options.VerifySignatures)
        {
            _verifier = await SignatureVerifier.StartAsync(_options).ConfigureAwait(false);
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            // Loopback only, OS-chosen port: tests never expose a listener beyond this machine.
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = 80L * 1024 * 1024; // CreateFunction may carry a 50 MB zip (base64)
            k.AddServerHeader = false;
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync().ConfigureAwait(false);

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var q = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = q < 0 ? rawTarget : rawTarget[..q];
        var rawQuery = q < 0 ? "" : rawTarget[(q + 1)..];

        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            body = buffer.ToArray();
        }

        var bodyText = Encoding.UTF8.GetString(body);
        var route = LambdaRouter.Match(request.Method, rawPath);
        var slot = Record(request, rawPath, rawQuery, bodyText, route.Operation);

        AwsServiceException? error = null;
        OperationResult? result = null;
        try
        {
            if (_verifier is not null)
            {
                await _verifier.VerifyAsync(request.Method, rawPath, rawQuery, request.Headers, body).ConfigureAwait(false);
            }

            if (route.Operation == LambdaRouter.Unknown)
            {
                throw new AwsServiceException(404, "UnknownOperationException",
                    $"No Lambda operation is served at {request.Method} {rawPath} (API 2015-03-31).");
            }

            var functionName = FunctionNameForFaults(route, bodyText);
            if (Faults.Take(route.Operation, functionName) is { } fault)
            {
                if (fault.Kind == FaultKind.Drop)
                {
                    slot.StatusCode = 0;
                    context.Abort(); // RST/close with no response bytes: the client sees a transport error
                    return;
                }

                throw fault.ToException(functionName is null ? "unknown" : _store.ArnFor(functionName));
            }

            result = _operations.Execute(route, ParseQuery(rawQuery), bodyText);
        }
        catch (AwsServiceException e)
        {
            error = e;
        }
        catch (Exception e)
        {
            // A bug in this server must still look like a Lambda answer, not an empty 500.
            error = new AwsServiceException(500, "ServiceException", $"Local control plane failure: {e.GetType().Name}: {e.Message}");
        }

        var response = context.Response;
        response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        JsonNode? payload;
        if (error is not null)
        {
            response.StatusCode = error.Status;
            response.Headers["x-amzn-ErrorType"] = error.ErrorType;
            foreach (var (k, v) in error.ExtraHeaders)
            {
                response.Headers[k] = v;
            }

            payload = error.ToBody();
        }
        else
        {
            response.StatusCode = result!.Status;
            payload = result.Body;
        }

        slot.StatusCode = response.StatusCode; // recorded before the client can see the answer
        if (payload is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(LambdaJson.Write(payload));
            response.ContentType = "application/json";
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private string? FunctionNameForFaults(RouteMatch route, string body)
    {
        if (route.Operation == "CreateFunction")
        {
            try
            {
                return JsonNode.Parse(body)?["FunctionName"]?.GetValue<string>() is { } n ? FunctionStore.ParseRef(n)?.Name ?? n : null;
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or ArgumentException)
            {
                return null; // a malformed body is reported by the operation's own validation
            }
        }

        return route.Target is null ? null : FunctionStore.ParseRef(route.Target)?.Name ?? route.Target;
    }

    private static List<KeyValuePair<string, string>> ParseQuery(string rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            pairs.Add(new(Uri.UnescapeDataString(key), Uri.UnescapeDataString(value)));
        }

        return pairs;
    }

    private RecordingSlot Record(HttpRequest request, string rawPath, string rawQuery, string body, string operation)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.ToString();
        }

        var slot = new RecordingSlot(request.Method, rawPath, rawQuery, headers, body, operation);
        lock (_requests)
        {
            _requests.Add(slot);
        }

        return slot;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }

        if (_verifier is not null)
        {
            await _verifier.DisposeAsync().ConfigureAwait(false);
            _verifier = null;
        }
    }

    /// <summary>A request recorded at arrival; its status is filled in once known (-1 while in flight).</summary>
    private sealed class RecordingSlot(string method, string path, string query, IReadOnlyDictionary<string, string> headers, string body, string operation)
    {
        public volatile int StatusCode = -1;

        public RecordedRequest ToRecord() => new(method, path, query, headers, body, operation, StatusCode);
    }
}

/// <summary>A minimal valid zip (one file, handler.txt) used when a seeded function needs code.</summary>
internal static class SeedZip
{
    public static readonly byte[] Bytes = Build();

    private static byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("handler.txt");
            entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var w = new StreamWriter(entry.Open());
            w.Write("seeded by LambdaGen.ControlPlane");
        }

        return buffer.ToArray();
    }
}
