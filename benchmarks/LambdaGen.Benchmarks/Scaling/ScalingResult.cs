namespace LambdaGen.Benchmarks.Scaling;

/// <summary>All iterations on one project size, summarised by medians (robust to a neighbour's build on a shared machine).</summary>
public sealed record ScalingResult(int Handlers, int Files, IReadOnlyList<ScalingSample> Samples)
{
    public double BindingMs => Median(Samples.Select(s => s.BindingMs));
    public double AnalyzerMs => Median(Samples.Select(s => s.AnalyzerMs));
    public double NoOpMs => Median(Samples.Select(s => s.NoOpMs));
    public double AnalysisWallMs => Median(Samples.Select(s => s.AnalysisWallMs));

    /// <summary>The median of the per-iteration ratios: each ratio compares two arms measured seconds apart.</summary>
    public double RatioPercent => Median(Samples.Select(s => s.RatioPercent));
    public double RatioMinPercent => Samples.Min(s => s.RatioPercent);
    public double RatioMaxPercent => Samples.Max(s => s.RatioPercent);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
            return double.NaN;
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
