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
        builder.AppendLine("| handlers | files | binding ms | wall, no-op analyzer ms | wall, LambdaGen ms | LambdaGen adds, % of binding (min–max) | telemetry ms | telemetry, % of binding (min–max) | telemetry ×1,000 | binding ×1,000 | attribute reader: telemetry / wall ms |");
        builder.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Handlers:N0} | {r.Files} | {r.BindingMs:F0} | {r.NoOpWallMs:F0} | {r.LambdaGenWallMs:F0} | " +
                $"{r.WallOverheadPercent:F1} ({r.WallOverheadMinPercent:F1}–{r.WallOverheadMaxPercent:F1}) | {r.TelemetryMs:F1} | " +
                $"{r.TelemetryPercent:F1} ({r.TelemetryMinPercent:F1}–{r.TelemetryMaxPercent:F1}) | " +
                $"{Scale(r.TelemetryMs, reference?.TelemetryMs)} | {Scale(r.BindingMs, reference?.BindingMs)} | " +
                $"{r.AttributeReadingTelemetryMs:F1} / {r.AttributeReadingWallMs:F0} |"));
        }
        return builder.ToString();
    }

    private static string Scale(double value, double? reference) =>
        reference is { } r and > 0 ? (value / r).ToString("F2", CultureInfo.InvariantCulture) + "×" : "–";
}
