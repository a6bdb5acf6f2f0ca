using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace LambdaGen.EndToEnd.Tests.LanguageServer;

/// <summary>
/// A csharp-ls process over stdio acting for an editor: it opens and edits documents the way a client does
/// (didOpen, incremental didChange) and records every textDocument/publishDiagnostics it pushes. The client announces
/// no pull-diagnostics support, so the server pushes. Settings reach the server as the answer to its
/// workspace/configuration request for the "csharp" section (how csharp-ls 0.28.0 reads them; it ignores
/// initializationOptions). Every wait has a time-out and disposing kills the server's whole process tree.
/// </summary>
public sealed class CSharpLanguageServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly LspConnection _connection;
    private readonly JsonObject _settings;
    private readonly List<DiagnosticsPublication> _publications = new();
    private readonly StringBuilder _log = new();
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private TaskCompletionSource _published = NewSignal();

    private CSharpLanguageServer(Process process, JsonObject settings)
    {
        _process = process;
        _settings = settings;
        _connection = new LspConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, AnswerServerRequest);
        _connection.Notification += OnNotification;
    }

    public static TimeSpan RequestTimeout { get; } = TimeSpan.FromMinutes(2);

    /// <summary>Starts the server in <paramref name="workspace"/> (it finds the .csproj there) and initializes it.</summary>
    /// <param name="settings">the "csharp" configuration section, e.g. { "analyzersEnabled": true }</param>
    public static async Task<CSharpLanguageServer> StartAsync(string executable, string workspace, JsonObject settings)
    {
        var start = new ProcessStartInfo(executable, new[] { "--loglevel", "info" })
        {
            WorkingDirectory = workspace,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test host's MSBuild variables would point the server's MSBuild at the test host's SDK resolution.
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || key.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable);
        var server = new CSharpLanguageServer(process, settings);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { server.AppendLog("stderr: " + e.Data); } };
        process.BeginErrorReadLine();
        try
        {
            var root = new Uri(Path.TrimEndingDirectorySeparator(workspace) + Path.DirectorySeparatorChar).AbsoluteUri;
            await server._connection.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = root,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(workspace)) }),
                ["capabilities"] = new JsonObject
                {
                    ["workspace"] = new JsonObject { ["configuration"] = true },
                    ["textDocument"] = new JsonObject
                    {
                        ["synchronization"] = new JsonObject { ["didSave"] = false },
                        ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = false },
                        ["codeAction"] = new JsonObject(),
                    },
                },
            }, RequestTimeout);
            await server._connection.NotifyAsync("initialized", new JsonObject());
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>Everything the server logged (window/logMessage and stderr), for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public IReadOnlyList<DiagnosticsPublication> Publications
    {
        get
        {
            lock (_publications)
            {
                return _publications.ToList();
            }
        }
    }

    /// <summary>The sequence number the next publication will carry: wait for publications from here on.</summary>
    public int NextSequence
    {
        get
        {
            lock (_publications)
            {
                return _publications.Count;
            }
        }
    }

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    public Task OpenAsync(string path, string text)
    {
        var uri = UriOf(path);
        _versions[uri] = 1;
        return _connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
        });
    }

    /// <summary>One incremental edit, as an editor sends a keystroke or a paste: <paramref name="range"/> becomes <paramref name="newText"/>.</summary>
    public Task ChangeAsync(string path, LspRange range, string newText)
    {
        var uri = UriOf(path);
        var version = _versions[uri] = _versions.GetValueOrDefault(uri) + 1;
        return _connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range.ToJson(), ["text"] = newText }),
        });
    }

    /// <summary>Sends the "csharp" section as an editor does when the user changes a setting (workspace/didChangeConfiguration).</summary>
    public Task ChangeConfigurationAsync(JsonObject settings) =>
        _connection.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["csharp"] = settings } });

    /// <summary>The code actions the server offers for <paramref name="diagnostic"/> (titles and the raw answer).</summary>
    public async Task<IReadOnlyList<JsonNode>> CodeActionsAsync(string path, LspDiagnostic diagnostic)
    {
        var answer = await _connection.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path) },
            ["range"] = diagnostic.Range.ToJson(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.Json.DeepClone()) },
        }, RequestTimeout);
        return answer is JsonArray actions ? actions.Where(a => a is not null).Select(a => a!).ToList() : Array.Empty<JsonNode>();
    }

    /// <summary>
    /// The first publication for <paramref name="path"/> with a sequence number from <paramref name="fromSequence"/> on
    /// that satisfies <paramref name="accept"/>; a TimeoutException naming the last one seen otherwise.
    /// </summary>
    public async Task<DiagnosticsPublication> WaitForDiagnosticsAsync(string path, int fromSequence, Func<DiagnosticsPublication, bool> accept, TimeSpan timeout, string what)
    {
        var uri = UriOf(path);
        var deadline = Stopwatch.StartNew();
        var next = fromSequence;
        DiagnosticsPublication? last = null;
        while (true)
        {
            Task signal;
            lock (_publications)
            {
                for (; next < _publications.Count; next++)
                {
                    var publication = _publications[next];
                    if (!SameDocument(publication.Uri, uri))
                    {
                        continue;
                    }

                    last = publication;
                    if (accept(publication))
                    {
                        return publication;
                    }
                }
                signal = _published.Task;
            }
            var left = timeout - deadline.Elapsed;
            if (left <= TimeSpan.Zero || _process.HasExited)
            {
                throw new TimeoutException($"csharp-ls published no diagnostics for {Path.GetFileName(path)} where {what} within {timeout.TotalSeconds:0} s" +
                    (_process.HasExited ? $" (the server exited with {_process.ExitCode})" : "") + ". Last publication:\n  " +
                    (last is null ? "(none)" : string.Join("\n  ", last.Diagnostics)) + "\nServer log (end):\n" + Tail(Log, 4000));
            }

            await Task.WhenAny(signal, Task.Delay(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1)));
        }
    }

    private static bool SameDocument(string a, string b) =>
        string.Equals(new Uri(a).LocalPath, new Uri(b).LocalPath, StringComparison.Ordinal);

    private static string Tail(string text, int length) => text.Length <= length ? text : "…" + text[^length..];

    private JsonNode? AnswerServerRequest(string method, JsonNode? parameters)
    {
        AppendLog("request: " + method);
        if (method == "workspace/configuration" && parameters?["items"] is JsonArray items)
        {
            return new JsonArray(items.Select(item => (JsonNode?)(item?["section"]?.GetValue<string>() == "csharp" ? _settings.DeepClone() : null)).ToArray());
        }

        return null; // client/registerCapability, window/workDoneProgress/create: accepted
    }

    private void OnNotification(string method, JsonNode? parameters, long arrived)
    {
        if (method == "textDocument/publishDiagnostics" && parameters is not null)
        {
            TaskCompletionSource signal;
            lock (_publications)
            {
                var diagnostics = (parameters["diagnostics"] as JsonArray ?? new JsonArray()).Where(d => d is not null).Select(d => LspDiagnostic.FromJson(d!)).ToList();
                _publications.Add(new DiagnosticsPublication(_publications.Count, parameters["uri"]!.GetValue<string>(), diagnostics, arrived));
                signal = _published;
                _published = NewSignal();
            }
            signal.TrySetResult();
        }
        else if (method is "window/logMessage" or "window/showMessage" && parameters?["message"] is { } message)
        {
            AppendLog(message.ToString());
        }
    }

    private void AppendLog(string line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Kills the server with its whole process tree (its MSBuild build hosts are its children).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        await _connection.DisposeAsync();
        _process.Dispose();
    }
}
