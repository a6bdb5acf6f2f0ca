namespace LambdaGen.Tests.Analyzer;

/// <summary>Builds test sources around one or more handlers. Markup passes through untouched.</summary>
internal static class Src
{
    public const string Role = TestSources.Role;

    /// <summary>The usual assembly attribute: a valid role, so a handler needs nothing else.</summary>
    public const string DefaultAssembly = "[assembly: LambdaDefaults(Role = \"" + Role + "\")]";

    public const string StreamHandler = "public static Stream Handle(Stream input) => input;";

    /// <summary>One handler <c>Functions.Handle</c> with <c>[LambdaFunction(args)]</c>.</summary>
    public static string Handler(string args = "", string methodAttributes = "", string assembly = DefaultAssembly, string signature = StreamHandler) =>
        Class($$"""
                {{methodAttributes}}
                [LambdaFunction({{args}})]
                {{signature}}
            """, assembly);

    /// <summary>A public class <c>Functions</c> holding <paramref name="members"/>, plus the Amazon.Lambda.Core stubs.</summary>
    public static string Class(string members, string assembly = DefaultAssembly, string after = "") =>
        $$"""
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.Lambda.Core;
        using LambdaGen;
        {{assembly}}

        public class Functions
        {
        {{members}}
        }
        {{after}}
        {{TestSources.LambdaCoreStubs}}
        """;

    /// <summary><c>count</c> stream handlers named A0, A1, … with the same arguments.</summary>
    public static string Handlers(int count, string args = "") =>
        string.Join("\n", Enumerable.Range(0, count).Select(i => $"    [LambdaFunction({args})] public static Stream A{i}(Stream input) => input;"));

    public static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}

/// <summary>Values and patterns of the model's members, shared by the rule examples and the family tests.</summary>
internal static class ModelValues
{
    public const string CapacityProvider = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:";
    public const string Provider = CapacityProvider + "fleet";
    public const string CapacityProviderPattern = @"arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:capacity-provider:[a-zA-Z0-9-_]+";
    public const string ArnPattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()";
}
