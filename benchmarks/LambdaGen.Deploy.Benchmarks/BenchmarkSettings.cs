using System.Globalization;

namespace LambdaGen.Deploy.Benchmarks;

/// <summary>What one run measures. <c>--quick</c> keeps every case (the same tables) but smaller and faster.</summary>
internal sealed record BenchmarkSettings
{
    /// <summary>The fixed seed of the synthetic publish folder, so every run packages the same bytes.</summary>
    public const int Seed = 20_251_121;

    public bool Quick { get; init; }

    /// <summary>Size of the synthetic publish folder.</summary>
    public long PublishFolderBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Timed packaging runs per tool (after one warm-up); the median is reported.</summary>
    public int PackagingRuns { get; init; } = 5;

    public int Functions { get; init; } = 20;

    /// <summary>How long the control plane takes to settle a create or an update.</summary>
    public TimeSpan SettleDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The deploy's poll interval while waiting; the tool's own default (botocore's waiters) in the full run.</summary>
    public TimeSpan PollInterval { get; init; } = new DeployOptions().PollInterval;

    public bool VerifySignatures { get; init; } = true;

    public bool RunPackaging { get; init; } = true;

    public bool RunDeploy { get; init; } = true;

    /// <summary>The plain deploy variant: CreateFunction settings only.</summary>
    public bool RunPlain { get; init; } = true;

    /// <summary>The configured variant: every function also has a URL, two aliases (one with provisioned concurrency),
    /// reserved concurrency and an async invoke config (<see cref="ConfiguredProject"/>).</summary>
    public bool RunConfigured { get; init; } = true;

    public static readonly BenchmarkSettings Full = new();

    /// <summary>Well under a minute: a 10 MB folder, 2 packaging runs, shorter settle and poll.</summary>
    public static readonly BenchmarkSettings QuickRun = new()
    {
        Quick = true,
        PublishFolderBytes = 10L * 1024 * 1024,
        PackagingRuns = 2,
        SettleDelay = TimeSpan.FromMilliseconds(100),
        PollInterval = TimeSpan.FromMilliseconds(50),
    };

    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        BenchmarkSettings settings = args.Contains("--quick") ? QuickRun : Full;
        for (int i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--quick":
                    break;
                case "--size-mb":
                    settings = settings with { PublishFolderBytes = Positive(Next(), "--size-mb") * 1024 * 1024 };
                    break;
                case "--functions":
                    settings = settings with { Functions = (int)Positive(Next(), "--functions") };
                    break;
                case "--settle-ms":
                    settings = settings with { SettleDelay = TimeSpan.FromMilliseconds(Positive(Next(), "--settle-ms")) };
                    break;
                case "--poll-ms":
                    settings = settings with { PollInterval = TimeSpan.FromMilliseconds(Positive(Next(), "--poll-ms")) };
                    break;
                case "--runs":
                    settings = settings with { PackagingRuns = (int)Positive(Next(), "--runs") };
                    break;
                case "--no-verify":
                    settings = settings with { VerifySignatures = false };
                    break;
                case "--variant":
                    settings = Next() switch
                    {
                        "plain" => settings with { RunConfigured = false },
                        "configured" => settings with { RunPlain = false },
                        "both" => settings with { RunPlain = true, RunConfigured = true },
                        var other => throw new ArgumentException($"--variant '{other}' must be plain, configured or both."),
                    };
                    break;
                case "--only":
                    settings = Next() switch
                    {
                        "packaging" => settings with { RunDeploy = false },
                        "deploy" => settings with { RunPackaging = false },
                        var other => throw new ArgumentException($"--only '{other}' must be packaging or deploy."),
                    };
                    break;
                default:
                    throw new ArgumentException(
                        $"Unknown argument '{args[i]}'. Use --quick, --size-mb N, --functions N, --settle-ms N, --poll-ms N, --runs N, --no-verify, --only packaging|deploy, --variant plain|configured|both.");
            }
        }
        return settings;
    }

    private static long Positive(string text, string name) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0
            ? n
            : throw new ArgumentException($"{name} '{text}' must be a whole number above 0.");
}
