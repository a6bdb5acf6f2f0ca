using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LambdaGen.Generator.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux: CLOCK_THREAD_CPUTIME_ID), falling back to wall time elsewhere. On a shared,
/// loaded machine wall time mostly measures the neighbours; the driver runs on the calling thread (and so do its
/// gen0/gen1 collections), so thread CPU time is the cost the generator itself causes.
/// </summary>
public static class ThreadClock
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static bool IsThreadCpuTime { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static string Description => IsThreadCpuTime ? "thread CPU time" : "wall time";

    /// <summary>Milliseconds on this clock; only differences are meaningful.</summary>
    public static double NowMilliseconds()
    {
        if (IsThreadCpuTime && TryRead(out var ms))
        {
            return ms;
        }

        return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
    }

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (ClockGetTime(ClockThreadCpuTime, out var time) != 0)
            {
                return false;
            }

            milliseconds = time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
