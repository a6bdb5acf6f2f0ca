namespace LambdaGen.Testing;

/// <summary>Source snippets test compilations commonly need.</summary>
public static class TestSources
{
    /// <summary>
    /// The two Amazon.Lambda.Core types the handler rules look for (matched by name, so a stub suffices):
    /// <c>ILambdaContext</c> and <c>LambdaSerializerAttribute</c>.
    /// </summary>
    public const string LambdaCoreStubs = """
        namespace Amazon.Lambda.Core
        {
            public interface ILambdaContext { }
            [System.AttributeUsage(System.AttributeTargets.Assembly | System.AttributeTargets.Method)]
            public sealed class LambdaSerializerAttribute : System.Attribute { public LambdaSerializerAttribute(System.Type t) { } }
        }
        """;

    /// <summary>A role ARN that satisfies LG0013/LG0014.</summary>
    public const string Role = "arn:aws:iam::123456789012:role/app";

    /// <summary><c>[assembly: LambdaDefaults(Role = "…")]</c>, so a handler needs no role of its own.</summary>
    public const string DefaultsWithRole = "[assembly: LambdaGen.LambdaDefaults(Role = \"" + Role + "\")]";
}
