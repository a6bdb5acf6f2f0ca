namespace LambdaGen.Benchmarks.Scaling;

/// <summary>All iterations on one project size, summarised by medians (robust to a neighbour's build on a shared machine).</summary>
public sealed record ScalingResult(int Handlers, int Files, IReadOnlyList<ScalingSample> Samples)
{
    public double BindingMs => Median(Samples.Select(s => s.BindingMs));
    public double TelemetryMs => Median(Samples.Select(s => s.TelemetryMs));
    public double LambdaGenWallMs => Median(Samples.Select(s => s.LambdaGenWallMs));
    public double NoOpWallMs => Median(Samples.Select(s => s.NoOpWallMs));
    public double AttributeReadingTelemetryMs => Median(Samples.Select(s => s.AttributeReadingTelemetryMs));
    public double AttributeReadingWallMs => Median(Samples.Select(s => s.AttributeReadingWallMs));

    /// <summary>Medians of the per-iteration ratios: each compares arms measured seconds apart.</summary>
    public double WallOverheadPercent => Median(Samples.Select(s => s.WallOverheadPercent));
    public double WallOverheadMinPercent => Samples.Min(s => s.WallOverheadPercent);
    public double WallOverheadMaxPercent => Samples.Max(s => s.WallOverheadPercent);
    public double TelemetryPercent => Median(Samples.Select(s => s.TelemetryPercent));
    public double TelemetryMinPercent => Samples.Min(s => s.TelemetryPercent);
    public double TelemetryMaxPercent => Samples.Max(s => s.TelemetryPercent);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
            return double.NaN;
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
