namespace LambdaGen.Benchmarks.Scaling;

/// <summary>
/// One iteration on one project. <see cref="BindingMs"/>: <c>GetDiagnostics()</c> on a fresh compilation.
/// <see cref="AnalyzerMs"/> and <see cref="NoOpMs"/>: Roslyn's per-analyzer callback time
/// (<c>AnalyzerTelemetryInfo.ExecutionTime</c>) for LambdaGen's analyzer and for <see cref="Shared.NoOpMethodAnalyzer"/>,
/// both from the same <c>CompilationWithAnalyzers</c> run, whose wall time is <see cref="AnalysisWallMs"/> (it binds
/// its own copy of the compilation too).
/// </summary>
public readonly record struct ScalingSample(double BindingMs, double AnalyzerMs, double NoOpMs, double AnalysisWallMs)
{
    /// <summary>Analyzer time as a share of binding time from the same iteration, in percent.</summary>
    public double RatioPercent => 100 * AnalyzerMs / BindingMs;
}
