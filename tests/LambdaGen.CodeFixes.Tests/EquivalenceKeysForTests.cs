namespace LambdaGen.CodeFixes.Tests;

/// <summary>The equivalence keys as the tests expect them (a change to a key is a change users and tools can see).</summary>
internal static class EquivalenceKeysForTests
{
    public const string UseSuggestedValue = "LambdaGen.UseSuggestedValue";
    public const string UseConstant = "LambdaGen.UseConstant";
    public const string TruncateDescription = "LambdaGen.TruncateDescription";
    public const string RemoveAttribute = "LambdaGen.RemoveAttribute";
    public const string RemoveAwsPrefix = "LambdaGen.RemoveAwsPrefix";
    public const string KeepNewestLayer = "LambdaGen.KeepNewestLayer";
    public const string ReturnTask = "LambdaGen.ReturnTask";
    public const string RemoveNullItem = "LambdaGen.RemoveNullItem";
    public static string KeepArchitecture(string architecture) => "LambdaGen.KeepArchitecture." + architecture;
}
