namespace LambdaGen.Benchmarks.Scaling;

/// <summary>
/// One iteration on one project, every figure from a fresh compilation of the same trees. <see cref="BindingMs"/>:
/// <c>GetDiagnostics()</c>. <see cref="LambdaGenWallMs"/> and <see cref="NoOpWallMs"/>: <c>GetAnalyzerDiagnosticsAsync</c>
/// with LambdaGen's analyzer alone and with the no-op analyzer alone (each binds the project as well).
/// <see cref="TelemetryMs"/>: Roslyn's sum of LambdaGen's callback durations (<c>AnalyzerTelemetryInfo.ExecutionTime</c>)
/// in the LambdaGen run. <see cref="AttributeReadingTelemetryMs"/> and <see cref="AttributeReadingWallMs"/>: the same for
/// <see cref="AttributeReadingAnalyzer"/>, the share of binding that telemetry charges to an analyzer for asking first.
/// </summary>
public readonly record struct ScalingSample(double BindingMs, double TelemetryMs, double LambdaGenWallMs, double NoOpWallMs,
    double AttributeReadingTelemetryMs, double AttributeReadingWallMs)
{
    /// <summary>What LambdaGen's analyzer adds to a no-op analyzer's run, as a share of binding, in percent (the measure).</summary>
    public double WallOverheadPercent => 100 * (LambdaGenWallMs - NoOpWallMs) / BindingMs;

    /// <summary>Roslyn's telemetry for LambdaGen as a share of binding, in percent.</summary>
    public double TelemetryPercent => 100 * TelemetryMs / BindingMs;
}
