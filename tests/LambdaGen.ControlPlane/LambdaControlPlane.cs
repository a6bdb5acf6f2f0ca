using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace LambdaGen.ControlPlane;

/// <summary>
/// A local AWS Lambda control plane for tests: a loopback HTTP server speaking the Lambda REST-JSON
/// protocol (API 2015-03-31) for the calls a deploy needs. Every request is recorded, SigV4-checked
/// (by botocore), optionally faulted, then executed against an in-memory function store. A second
/// loopback port (<see cref="S3Endpoint"/>) serves path-style S3 PutObject, so code can be deployed via S3.
/// </summary>
public sealed partial class LambdaControlPlane : IAsyncDisposable
{
    private readonly LambdaControlPlaneOptions _options;
    private readonly FunctionStore _store;
    private readonly S3ObjectStore _s3 = new();
    private readonly LambdaOperations _operations;
    private readonly List<RecordingSlot> _requests = new();
    private WebApplication? _app;
    private SignatureVerifier? _verifier;
    private int _s3Port;

    private LambdaControlPlane(LambdaControlPlaneOptions options)
    {
        _options = options;
        _store = new FunctionStore(options);
        _operations = new LambdaOperations(_store, _s3, options);
        Faults = new FaultInjector();
    }

    /// <summary>http://127.0.0.1:&lt;port&gt;/</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The path-style S3 endpoint, http://127.0.0.1:&lt;other port&gt;/ (requests are signed for service "s3").</summary>
    public Uri S3Endpoint { get; private set; } = null!;

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

    /// <summary>Every stored S3 object, keyed "bucket/key" (a snapshot).</summary>
    public IReadOnlyDictionary<string, S3ObjectState> S3Objects => _s3.Snapshot();

    /// <summary>Creates an empty S3 bucket (no HTTP, not recorded); PutObject needs one. Creating it again does nothing.</summary>
    public void CreateBucket(string bucket)
    {
        if (!S3ObjectStore.IsValidBucketName(bucket))
        {
            throw new ArgumentException($"'{bucket}' is not a valid S3 bucket name (3-63 characters: lower-case letters, digits, '.', '-').", nameof(bucket));
        }

        _s3.CreateBucket(bucket);
    }

    /// <summary>Stores an object directly (no HTTP, not recorded), creating its bucket if needed.</summary>
    public S3ObjectState PutS3Object(string bucket, string key, byte[] content)
    {
        CreateBucket(bucket);
        _s3.TryPut(bucket, key, content.ToArray(), out var stored);
        return stored;
    }

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

    /// <summary>
    /// Changes a function's configuration out of band (no HTTP, not recorded), as someone editing it in the console
    /// would: <paramref name="updateFunctionConfigurationJson"/> is an UpdateFunctionConfiguration body and goes through
    /// the same validation; the update settles at once. Throws <see cref="ArgumentException"/> with the service's error text.
    /// </summary>
    public FunctionState ChangeConfiguration(string functionName, string updateFunctionConfigurationJson)
    {
        try
        {
            _operations.UpdateFunctionConfiguration(functionName, updateFunctionConfigurationJson);
        }
        catch (AwsServiceException e)
        {
            throw new ArgumentException($"{e.ErrorType}: {e.Message}", nameof(updateFunctionConfigurationJson), e);
        }

        lock (_store.Sync)
        {
            var f = _store.Get(FunctionStore.ParseRef(functionName)!);
            FunctionStore.SettleNow(f);
            return FunctionStore.ToState(f);
        }
    }

    private async Task StartCoreAsync()
    {
        if (_options.VerifySignatures)
        {
            _verifier = await SignatureVerifier.StartAsync(_options).ConfigureAwait(false);
        }

        ListenOptions? lambdaListen = null, s3Listen = null, cloudFormationListen = null;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            // Loopback only, OS-chosen ports (Lambda, then S3): tests never expose a listener beyond this machine.
            k.Listen(IPAddress.Loopback, 0, o => lambdaListen = o);
            k.Listen(IPAddress.Loopback, 0, o => s3Listen = o);
            k.Listen(IPAddress.Loopback, 0, o => cloudFormationListen = o);
            k.Limits.MaxRequestBodySize = 80L * 1024 * 1024; // CreateFunction may carry a 50 MB zip (base64)
            k.AddServerHeader = false;
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync().ConfigureAwait(false);

        // Kestrel writes the OS-chosen port back into each ListenOptions once bound.
        var lambdaPort = ((IPEndPoint)lambdaListen!.EndPoint).Port;
        _s3Port = ((IPEndPoint)s3Listen!.EndPoint).Port;
        Endpoint = new Uri($"http://127.0.0.1:{lambdaPort}/");
        S3Endpoint = new Uri($"http://127.0.0.1:{_s3Port}/");
        UseCloudFormationPort(((IPEndPoint)cloudFormationListen!.EndPoint).Port);
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Connection.LocalPort == _s3Port)
        {
            await HandleS3Async(context).ConfigureAwait(false);
            return;
        }

        if (IsCloudFormationRequest(context))
        {
            await HandleCloudFormationAsync(context).ConfigureAwait(false);
            return;
        }

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
        var route = LambdaRouter.Match(request.Method, rawPath, rawQuery);
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

    /// <summary>
    /// The S3 port: record, check the payload hash and the signature (service s3), apply faults (the bucket stands in
    /// for the function name), then PutObject. Answers are S3's: an empty 200 with ETag, or an XML error.
    /// </summary>
    private async Task HandleS3Async(HttpContext context)
    {
        var request = context.Request;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var q = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = q < 0 ? rawTarget : rawTarget[..q];
        var rawQuery = q < 0 ? "" : rawTarget[(q + 1)..];

        // A package over Lambda's 50 MB direct-upload limit is what goes to S3; allow up to the 250 MB unzipped limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = 300L * 1024 * 1024;
        }

        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            body = buffer.ToArray();
        }

        var (route, key) = S3Operations.Match(request.Method, rawPath, rawQuery);
        // Object bytes are not text: the log keeps their size, the bytes are in S3Objects.
        var slot = Record(request, rawPath, rawQuery, body.Length == 0 ? "" : $"({body.Length} bytes)", route.Operation, "s3");

        AwsServiceException? error = null;
        S3Result? result = null;
        try
        {
            if (_verifier is not null)
            {
                S3Operations.CheckPayloadHash(request.Headers, body);
                await _verifier.VerifyAsync(request.Method, rawPath, rawQuery, request.Headers, body, "s3").ConfigureAwait(false);
            }

            if (route.Operation == LambdaRouter.Unknown)
            {
                throw S3Operations.NotServed(request.Method, rawPath);
            }

            if (Faults.Take(route.Operation, route.Target) is { } fault)
            {
                if (fault.Kind == FaultKind.Drop)
                {
                    slot.StatusCode = 0;
                    context.Abort();
                    return;
                }

                throw S3Operations.Fault(fault);
            }

            result = route.Operation == S3Operations.HeadObject
                ? S3Operations.Head(_s3, route.Target!, key!)
                : S3Operations.Put(_s3, route.Target!, key!, request.Headers, body);
        }
        catch (AwsServiceException e)
        {
            error = e;
        }
        catch (Exception e)
        {
            error = new AwsServiceException(500, "InternalError", $"Local control plane failure: {e.GetType().Name}: {e.Message}");
        }

        var response = context.Response;
        var requestId = Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
        response.Headers["x-amz-request-id"] = requestId;
        response.Headers["x-amz-id-2"] = "lambdagen-control-plane";
        if (error is not null)
        {
            response.StatusCode = error.Status;
            foreach (var (k, v) in error.ExtraHeaders)
            {
                response.Headers[k] = v;
            }

            slot.StatusCode = response.StatusCode;
            var xml = S3Operations.ErrorXml(error, requestId);
            response.ContentType = "application/xml";
            response.ContentLength = xml.Length;
            await response.Body.WriteAsync(xml, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        response.StatusCode = result!.Status;
        foreach (var (k, v) in result.Headers)
        {
            response.Headers[k] = v;
        }

        response.ContentLength = 0;
        slot.StatusCode = response.StatusCode;
    }

    private string? FunctionNameForFaults(RouteMatch route, string body)
    {
        if (route.Operation is "CreateFunction" or "CreateEventSourceMapping")
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

    private RecordingSlot Record(HttpRequest request, string rawPath, string rawQuery, string body, string operation, string service = "lambda")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.ToString();
        }

        var slot = new RecordingSlot(request.Method, rawPath, rawQuery, headers, body, operation, service);
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
    private sealed class RecordingSlot(string method, string path, string query, IReadOnlyDictionary<string, string> headers, string body, string operation, string service)
    {
        public volatile int StatusCode = -1;

        public RecordedRequest ToRecord() => new(method, path, query, headers, body, operation, StatusCode) { Service = service };
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
