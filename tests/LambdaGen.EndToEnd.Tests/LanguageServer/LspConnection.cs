using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LambdaGen.EndToEnd.Tests.LanguageServer;

/// <summary>
/// JSON-RPC 2.0 with the Language Server Protocol's header framing (Content-Length) over a pair of streams. Hand-written
/// rather than StreamJsonRpc: the client needs only requests, notifications and answers to the server's own requests,
/// and the benchmark needs the arrival time of every message taken on the reading thread, before any dispatch.
/// </summary>
public sealed class LspConnection : IAsyncDisposable
{
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Dictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly Func<string, JsonNode?, JsonNode?> _answerServerRequest;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _readLoop;
    private int _nextId;

    /// <param name="fromServer">the server's stdout</param>
    /// <param name="toServer">the server's stdin</param>
    /// <param name="answerServerRequest">the result for a request the server sends (method, params)</param>
    public LspConnection(Stream fromServer, Stream toServer, Func<string, JsonNode?, JsonNode?> answerServerRequest)
    {
        _input = fromServer;
        _output = toServer;
        _answerServerRequest = answerServerRequest;
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Raised on the reading thread for every notification: method, params, Stopwatch timestamp of arrival.</summary>
    public event Action<string, JsonNode?, long>? Notification;

    /// <summary>Why the read loop ended (end of stream or a framing error), once it has.</summary>
    public string? Closed { get; private set; }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending)
        {
            _pending[id] = answer;
        }

        await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        try
        {
            return await answer.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No answer to '{method}' within {timeout.TotalSeconds:0} s{(Closed is null ? "" : " (connection closed: " + Closed + ")")}.");
        }
        finally
        {
            lock (_pending)
            {
                _pending.Remove(id);
            }
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private async Task WriteAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync(_stop.Token);
        try
        {
            await _output.WriteAsync(header, _stop.Token);
            await _output.WriteAsync(body, _stop.Token);
            await _output.FlushAsync(_stop.Token);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var length = await ReadContentLengthAsync();
                if (length < 0)
                {
                    Closed = "end of stream";
                    break;
                }
                var body = new byte[length];
                await _input.ReadExactlyAsync(body, _stop.Token);
                var arrived = Stopwatch.GetTimestamp();
                Dispatch(JsonNode.Parse(body)!.AsObject(), arrived);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or JsonException or ObjectDisposedException or EndOfStreamException or FormatException)
        {
            Closed = e.GetType().Name + ": " + e.Message;
        }
        finally
        {
            lock (_pending)
            {
                foreach (var pending in _pending.Values)
                {
                    pending.TrySetException(new IOException("The language server connection closed: " + Closed));
                }
            }
        }
    }

    private void Dispatch(JsonObject message, long arrived)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null)
        {
            if (id is null)
            {
                return;
            }

            TaskCompletionSource<JsonNode?>? answer;
            lock (_pending)
            {
                _pending.TryGetValue(id.GetValue<int>(), out answer);
            }

            if (message["error"] is { } error)
            {
                answer?.TrySetException(new InvalidOperationException("The language server answered with an error: " + error.ToJsonString()));
            }
            else
            {
                answer?.TrySetResult(message["result"]?.DeepClone());
            }
        }
        else if (id is null)
        {
            Notification?.Invoke(method, message["params"]?.DeepClone(), arrived);
        }
        else
        {
            var result = _answerServerRequest(method, message["params"]);
            _ = WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
        }
    }

    /// <summary>Reads the header block; -1 at the end of the stream.</summary>
    private async Task<int> ReadContentLengthAsync()
    {
        var length = -1;
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await _input.ReadAsync(one, _stop.Token) == 0)
            {
                return -1;
            }

            if (one[0] != (byte)'\n')
            {
                if (one[0] != (byte)'\r')
                {
                    line.Append((char)one[0]);
                }

                continue;
            }
            if (line.Length == 0)
            {
                if (length < 0)
                {
                    throw new FormatException("An LSP header block without Content-Length.");
                }

                return length;
            }
            var text = line.ToString();
            line.Clear();
            var colon = text.IndexOf(':');
            if (colon > 0 && text[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            await _readLoop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // The read is blocked on a pipe the caller closes when it kills the server.
        }
        _stop.Dispose();
        _writeLock.Dispose();
    }
}
