namespace LambdaGen.Analyzers.Generation;

/// <summary>Names of the generator's pipeline steps; tests enumerate these to prove every step is cached.</summary>
public static class TrackingNames
{
    public const string Options = "LambdaGen.Options";
    public const string CompilationFacts = "LambdaGen.CompilationFacts";
    public const string Handlers = "LambdaGen.Handlers";
    public const string Resolved = "LambdaGen.Resolved";
    public const string Files = "LambdaGen.Files";
    public const string Output = "LambdaGen.Output";
    public const string Project = "LambdaGen.Project";
}
