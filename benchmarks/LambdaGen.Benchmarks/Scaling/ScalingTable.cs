using System.Globalization;
using System.Text;

namespace LambdaGen.Benchmarks.Scaling;

/// <summary>The results as a Markdown table (it reads as plain text in a terminal and pastes into a README).</summary>
public static class ScalingTable
{
    /// <summary>The size every "×" column is relative to.</summary>
    public const int ReferenceHandlers = 1000;

    public static string Format(IReadOnlyList<ScalingResult> results)
    {
        var reference = results.FirstOrDefault(r => r.Handlers == ReferenceHandlers);
        var builder = new StringBuilder();
        builder.AppendLine("| handlers | files | binding ms | analyzer ms | ratio % (min–max) | analyzer ×1,000 | binding ×1,000 | no-op analyzer ms | analysis wall ms |");
        builder.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Handlers:N0} | {r.Files} | {r.BindingMs:F0} | {r.AnalyzerMs:F1} | {r.RatioPercent:F1} ({r.RatioMinPercent:F1}–{r.RatioMaxPercent:F1}) | " +
                $"{Scale(r.AnalyzerMs, reference?.AnalyzerMs)} | {Scale(r.BindingMs, reference?.BindingMs)} | {r.NoOpMs:F1} | {r.AnalysisWallMs:F0} |"));
        }
        return builder.ToString();
    }

    private static string Scale(double value, double? reference) =>
        reference is { } r and > 0 ? (value / r).ToString("F2", CultureInfo.InvariantCulture) + "×" : "–";
}
