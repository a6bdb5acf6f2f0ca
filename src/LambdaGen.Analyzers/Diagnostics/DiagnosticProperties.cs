namespace LambdaGen.Analyzers.Diagnostics;

/// <summary>Keys of <c>Diagnostic.Properties</c> that carry data from the analyzer to the code fixes.</summary>
internal static class DiagnosticProperties
{
    /// <summary>The obvious right value, when the rule knows one.</summary>
    public const string Fix = "LambdaGen.Fix";
    /// <summary>The field key the diagnostic is about (<c>Layers#2</c>).</summary>
    public const string Field = "LambdaGen.Field";
}
