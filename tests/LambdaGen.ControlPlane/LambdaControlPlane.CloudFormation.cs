using System.Text;
using LambdaGen.ControlPlane.CloudFormation;
using Microsoft.AspNetCore.Http;

namespace LambdaGen.ControlPlane;

/// <summary>
/// The plane's CloudFormation endpoint (<see cref="CloudFormationEndpoint"/>, a third loopback port): the Query protocol
/// (API 2010-05-15) — a form-encoded POST to "/", SigV4 for service "cloudformation", XML answers and ErrorResponse
/// errors — on stacks whose Lambda resources are the functions the Lambda endpoint serves. Requests are recorded with
/// Service "cloudformation" and their Action as the operation; faults apply with the stack name in place of the function.
/// </summary>
public sealed partial class LambdaControlPlane
{
    private CloudFormationOperations? _cloudFormation;
    private int _cloudFormationPort = -1;

    /// <summary>http://127.0.0.1:&lt;third port&gt;/ — the CloudFormation Query endpoint.</summary>
    public Uri CloudFormationEndpoint { get; private set; } = null!;

    /// <summary>Every stack that is not deleted, by name (a snapshot).</summary>
    public IReadOnlyDictionary<string, StackState> Stacks => CloudFormation.Snapshot();

    private CloudFormationOperations CloudFormation =>
        _cloudFormation ??= new CloudFormationOperations(new LambdaResourceProvisioner(_operations, _store, Faults, _options), _options);

    /// <summary>Called once the ports are bound (registration hook of the CloudFormation endpoint).</summary>
    private void UseCloudFormationPort(int port)
    {
        _cloudFormationPort = port;
        CloudFormationEndpoint = new Uri($"http://127.0.0.1:{port}/");
    }

    private bool IsCloudFormationRequest(HttpContext context) => context.Connection.LocalPort == _cloudFormationPort;

    private async Task HandleCloudFormationAsync(HttpContext context)
    {
        var request = context.Request;
        var rawPath = request.Path.HasValue ? request.Path.Value! : "/";
        var rawQuery = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            body = buffer.ToArray();
        }

        var bodyText = Encoding.UTF8.GetString(body);
        var query = QueryRequest.Parse(bodyText);
        var slot = Record(request, rawPath, rawQuery, bodyText, query.Action.Length > 0 ? query.Action : LambdaRouter.Unknown, "cloudformation");

        AwsServiceException? error = null;
        IEnumerable<System.Xml.Linq.XElement?>? result = null;
        try
        {
            if (_verifier is not null)
            {
                await _verifier.VerifyAsync(request.Method, rawPath, rawQuery, request.Headers, body, "cloudformation").ConfigureAwait(false);
            }

            if (request.Method != "POST" || request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
            {
                throw new AwsServiceException(400, "InvalidAction",
                    $"The local control plane's CloudFormation endpoint takes Query requests as a form-encoded POST to /; got {request.Method} {rawPath} ({request.ContentType ?? "no Content-Type"}).");
            }

            if (query.Action.Length == 0)
            {
                throw new AwsServiceException(400, "MissingAction", "Missing Action");
            }

            var stackName = query.Get("StackName");
            if (Faults.Take(query.Action, stackName) is { } fault)
            {
                if (fault.Kind == ControlPlane.FaultKind.Drop)
                {
                    slot.StatusCode = 0;
                    context.Abort();
                    return;
                }

                throw fault.Kind switch
                {
                    ControlPlane.FaultKind.Throttle => CloudFormationErrors.Throttling(),
                    ControlPlane.FaultKind.Permanent => fault.Error!,
                    _ => CloudFormationErrors.InternalFailure(),
                };
            }

            result = CloudFormation.Execute(query).ToList();
        }
        catch (AwsServiceException e)
        {
            error = e;
        }
        catch (Exception e)
        {
            error = new AwsServiceException(500, "InternalFailure", $"Local control plane failure: {e.GetType().Name}: {e.Message}");
        }

        var response = context.Response;
        var requestId = Guid.NewGuid().ToString();
        response.Headers["x-amzn-RequestId"] = requestId;
        var xml = error is not null
            ? QueryXmlWriter.Error(error, requestId)
            : QueryXmlWriter.Success(query.Action, result!.Where(e => e is not null)!, requestId);
        response.StatusCode = error?.Status ?? 200;
        slot.StatusCode = response.StatusCode;
        response.ContentType = "text/xml";
        response.ContentLength = xml.Length;
        await response.Body.WriteAsync(xml, context.RequestAborted).ConfigureAwait(false);
    }
}
