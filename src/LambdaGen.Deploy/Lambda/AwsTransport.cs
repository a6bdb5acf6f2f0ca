using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.Runtime.Internal;
using LambdaGen.Deploy.Aws;

namespace LambdaGen.Deploy.Lambda;

/// <summary>
/// Sends one signed request with <see cref="HttpClient"/> and turns the answer into JSON or an
/// <see cref="AwsApiException"/> / <see cref="AwsConnectionException"/>. One attempt; retrying is
/// the caller's business.
/// </summary>
internal sealed class AwsTransport
{
    private readonly HttpClient _http;
    private readonly RequestSigner _signer;

    public AwsTransport(HttpClient http, RequestSigner signer)
    {
        _http = http;
        _signer = signer;
    }

    public async Task<(int Status, JsonObject Body)> SendAsync(
        string operation, DefaultRequest request, string signingService, bool doubleEncodePath, string? contentType, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendRawAsync(operation, request, signingService, doubleEncodePath, contentType, cancellationToken).ConfigureAwait(false);
        string text = await ReadTextAsync(operation, response, cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        JsonObject? body = TryParse(text);
        if (status is >= 200 and < 300)
        {
            return (status, body ?? new JsonObject());
        }
        throw ToApiException(operation, response, status, body, text);
    }

    /// <summary>
    /// Signs and sends <paramref name="request"/> and returns the response whatever its status (the caller owns it), for
    /// protocols whose bodies are not JSON (CloudFormation's Query protocol answers in XML). Connection failures throw
    /// <see cref="AwsConnectionException"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SendRawAsync(
        string operation, DefaultRequest request, string signingService, bool doubleEncodePath, string? contentType, CancellationToken cancellationToken)
    {
        request.Headers["User-Agent"] = DeployInfo.UserAgent;
        if (request.Content is not null && contentType is not null)
        {
            request.Headers["Content-Type"] = contentType;
        }
        await _signer.SignAsync(request, signingService, doubleEncodePath, cancellationToken).ConfigureAwait(false);

        using var message = new HttpRequestMessage(new HttpMethod(request.HttpMethod), RequestSigner.ComposeUri(request));
        if (request.Content is not null)
        {
            message.Content = new ByteArrayContent(request.Content);
        }
        foreach (var (name, value) in request.Headers)
        {
            if (string.Equals(name, "host", StringComparison.OrdinalIgnoreCase))
            {
                continue; // HttpClient writes Host from the URI; the signer signed the same value
            }
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (message.Content is not null && string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
                }
                continue;
            }
            message.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            return await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new AwsConnectionException(operation, ex);
        }
        catch (IOException ex)
        {
            throw new AwsConnectionException(operation, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AwsConnectionException(operation, new TimeoutException("the request timed out", ex));
        }
    }

    /// <summary>The response body as text; a connection that drops while it is read is a connection failure.</summary>
    public static async Task<string> ReadTextAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new AwsConnectionException(operation, ex);
        }
    }

    /// <summary>The server's Retry-After, when it sent one.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } ra)
        {
            return null;
        }
        if (ra.Delta is { } delta)
        {
            return delta;
        }
        if (ra.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private static AwsApiException ToApiException(string operation, HttpResponseMessage response, int status, JsonObject? body, string text)
    {
        string? type = null;
        if (response.Headers.TryGetValues("x-amzn-ErrorType", out var values))
        {
            type = values.FirstOrDefault();
        }
        type ??= body.GetString("__type") ?? body.GetString("code") ?? body.GetString("Code");
        if (type is not null)
        {
            int colon = type.IndexOf(':');
            if (colon >= 0)
            {
                type = type[..colon];
            }
            int hash = type.LastIndexOf('#');
            if (hash >= 0)
            {
                type = type[(hash + 1)..];
            }
        }
        if (string.IsNullOrEmpty(type))
        {
            type = response.StatusCode switch
            {
                HttpStatusCode.NotFound => "ResourceNotFoundException",
                HttpStatusCode.TooManyRequests => "TooManyRequestsException",
                HttpStatusCode.Conflict => "ResourceConflictException",
                _ when status >= 500 => "ServiceException",
                _ => "HTTP" + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        string message = body.GetString("message") ?? body.GetString("Message") ?? S3Message(text) ?? (response.ReasonPhrase ?? "");
        if (body.GetString("Reason") is { } reason && !message.Contains(reason, StringComparison.Ordinal))
        {
            message = message.Length == 0 ? reason : $"{message} (Reason: {reason})";
        }

        TimeSpan? retryAfter = RetryAfter(response);
        return new AwsApiException(operation, status, type, message, retryAfter);
    }

    private static string? S3Message(string text)
    {
        // S3 errors are XML: <Error><Code>…</Code><Message>…</Message></Error>
        int start = text.IndexOf("<Message>", StringComparison.Ordinal);
        int end = text.IndexOf("</Message>", StringComparison.Ordinal);
        return start >= 0 && end > start ? text[(start + 9)..end] : null;
    }

    private static JsonObject? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
