using System.Globalization;

namespace LambdaGen.Fuzz.Tests;

/// <summary>
/// The run's size, seed and per-input time bound: fixed for CI, overridable for a longer run on demand
/// (<c>LAMBDAGEN_FUZZ_COUNT=200000 LAMBDAGEN_FUZZ_SEED=42 dotnet test tests/LambdaGen.Fuzz.Tests -c Release</c>).
/// </summary>
internal static class FuzzSettings
{
    /// <summary>Issue 19's "Done when": at least 10,000 inputs per run.</summary>
    public const int DefaultCount = 10_000;

    /// <summary>The CI seed; any other is as good, this one only has to stay the same.</summary>
    public const ulong DefaultSeed = 20261207;

    /// <summary>One input must finish in this time (the slowest seen on the 2-core CI machine is far below it); a bound,
    /// not a benchmark: it catches work that explodes on some input, not a slower machine.</summary>
    public const int DefaultTimeBoundMs = 5_000;

    /// <summary>The code fixes run on one input in this many and the emit + manifest export (an AdhocWorkspace and a PE per input cost more than the rest).</summary>
    public const int DefaultFixEvery = 20;

    public static int Count => Read("LAMBDAGEN_FUZZ_COUNT", DefaultCount);
    public static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("LAMBDAGEN_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;
    public static int TimeBoundMs => Read("LAMBDAGEN_FUZZ_TIME_BOUND_MS", DefaultTimeBoundMs);
    public static int FixEvery => Math.Max(1, Read("LAMBDAGEN_FUZZ_FIX_EVERY", DefaultFixEvery));

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
