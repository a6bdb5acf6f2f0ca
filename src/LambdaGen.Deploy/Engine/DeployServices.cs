using System.Collections.Concurrent;
using LambdaGen.Deploy.Lambda;
using LambdaGen.Deploy.Retry;

namespace LambdaGen.Deploy.Engine;

/// <summary>What every function's deployment shares: the clients, the retry policy, the options, the log.</summary>
internal sealed class DeployServices
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _uploads = new(StringComparer.Ordinal);

    public DeployServices(DeployOptions options, LambdaClient lambda, S3Uploader s3, RetryingCaller caller, IDeployLog log, Func<TimeSpan, CancellationToken, Task> delay)
    {
        Options = options;
        Lambda = lambda;
        S3 = s3;
        Caller = caller;
        Log = log;
        Delay = delay;
    }

    public DeployOptions Options { get; }
    public LambdaClient Lambda { get; }
    public S3Uploader S3 { get; }
    public RetryingCaller Caller { get; }
    public IDeployLog Log { get; }
    public Func<TimeSpan, CancellationToken, Task> Delay { get; }

    /// <summary>Uploads a package once per key, however many functions share it.</summary>
    public Task UploadOnceAsync(string key, Func<Task> upload) =>
        _uploads.GetOrAdd(key, _ => new Lazy<Task>(upload)).Value;
}
