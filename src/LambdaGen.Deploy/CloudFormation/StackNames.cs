using System.Text.RegularExpressions;

namespace LambdaGen.Deploy;

/// <summary>CloudFormation's rule for a stack name: a letter, then letters, digits and hyphens, at most 128 characters.</summary>
public static class StackNames
{
    public const int MaxLength = 128;

    private static readonly Regex Pattern = new("^[a-zA-Z][-a-zA-Z0-9]*$", RegexOptions.CultureInvariant);

    /// <summary>Null when <paramref name="name"/> is a valid stack name, otherwise what is wrong (a sentence ending in '.').</summary>
    public static string? Problem(string name)
    {
        if (name.Length > MaxLength)
        {
            return $"is {name.Length} characters long; a stack name has at most {MaxLength}.";
        }
        if (!Pattern.IsMatch(name))
        {
            return "is not a stack name: it must start with a letter and contain only letters, digits and hyphens ([a-zA-Z][-a-zA-Z0-9]*).";
        }
        return null;
    }
}
