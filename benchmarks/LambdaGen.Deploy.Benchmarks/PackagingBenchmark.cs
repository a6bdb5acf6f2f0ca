using System.ComponentModel;
using System.Diagnostics;
using System.IO.Compression;
using LambdaGen.Deploy.Packaging;

namespace LambdaGen.Deploy.Benchmarks;

/// <summary>
/// Packages one publish folder with LambdaGen's packager (what the deploy does: enumerate, read, deflate,
/// write the zip in memory, SHA-256 it) and with <c>zip -q -r -X</c> (Info-ZIP, deflate level 6, writing a
/// file). One warm-up each, then the median of the timed runs.
/// </summary>
internal static class PackagingBenchmark
{
    public sealed record Measurement(string Tool, TimeSpan Median, TimeSpan Min, long OutputBytes, int Entries);

    public sealed record Result(Measurement Ours, Measurement? Zip, string? ZipNote, bool Deterministic);

    public static Result Run(string publishDir, string workDir, int runs)
    {
        var ours = new List<TimeSpan>();
        CodePackage? last = null;
        bool identical = true;
        for (int i = 0; i <= runs; i++)
        {
            var clock = Stopwatch.StartNew();
            // A new builder each time: builders memoise their package.
            CodePackage package = new PackageBuilder(publishDir).Build(customRuntime: false, executableHint: null);
            clock.Stop();
            if (i > 0)
            {
                ours.Add(clock.Elapsed);
            }
            identical &= last is null || last.Sha256Base64 == package.Sha256Base64;
            last = package;
        }
        var oursResult = new Measurement("LambdaGen packager", Median(ours), ours.Min(), last!.Zip.Length, last.Entries.Count);

        string zipPath = Path.Combine(workDir, "zip-command.zip");
        var zip = new List<TimeSpan>();
        try
        {
            for (int i = 0; i <= runs; i++)
            {
                File.Delete(zipPath); // zip updates an existing archive instead of writing a new one
                TimeSpan elapsed = RunZip(publishDir, zipPath);
                if (i > 0)
                {
                    zip.Add(elapsed);
                }
            }
        }
        catch (Win32Exception)
        {
            return new Result(oursResult, null, "the `zip` command is not installed (Debian: apt-get install zip); only LambdaGen's packager was measured", identical);
        }
        var zipResult = new Measurement("zip -q -r -X", Median(zip), zip.Min(), new FileInfo(zipPath).Length, FileEntries(zipPath));
        return new Result(oursResult, zipResult, null, identical);
    }

    private static TimeSpan RunZip(string publishDir, string zipPath)
    {
        var start = new ProcessStartInfo("zip") { WorkingDirectory = publishDir, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "-q", "-r", "-X", zipPath, "." })
        {
            start.ArgumentList.Add(arg);
        }
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"zip exited with {process.ExitCode}: {stderr}");
        }
        return clock.Elapsed;
    }

    /// <summary>File entries only: zip -r also writes one entry per folder, LambdaGen's packager does not.</summary>
    private static int FileEntries(string zipPath)
    {
        using ZipArchive archive = ZipFile.OpenRead(zipPath);
        return archive.Entries.Count(e => !e.FullName.EndsWith('/'));
    }

    private static TimeSpan Median(List<TimeSpan> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        int mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
