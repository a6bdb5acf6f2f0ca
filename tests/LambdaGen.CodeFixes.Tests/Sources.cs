namespace LambdaGen.CodeFixes.Tests;

/// <summary>Builds test sources: a file with usings, a role default and one class of handlers.</summary>
internal static class Sources
{
    public const string Role = "arn:aws:iam::123456789012:role/app";

    /// <summary>A file whose class <c>Functions</c> holds <paramref name="members"/> (handlers taking and returning Stream);
    /// <paramref name="defaults"/> adds named arguments to <c>[assembly: LambdaDefaults(Role = …)]</c>.</summary>
    public static string File(string members, string assemblyAttributes = "", string defaults = "") => $$"""
        using System.IO;
        using LambdaGen;

        [assembly: LambdaDefaults(Role = "{{Role}}"{{(defaults.Length == 0 ? "" : ", " + defaults)}})]
        {{assemblyAttributes}}
        namespace App;

        public static class Functions
        {
        {{Indent(members)}}
        }
        """;

    /// <summary>One handler <c>Handle</c> with <paramref name="attributes"/> above it.</summary>
    public static string Handler(string attributes, string name = "Handle") => $$"""
        {{attributes}}
        public static Stream {{name}}(Stream input) => input;
        """;

    private static string Indent(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
}
