using System;

namespace LambdaGen.CodeFixes.Infrastructure;

/// <summary>
/// One fix offered for one diagnostic: its title, its equivalence key (the same for the same kind of fix on
/// every diagnostic, so Fix All can pick it again) and the edits it makes, recorded on a <see cref="FixEditor"/>
/// so that the fixes of many diagnostics can be applied to one document together.
/// </summary>
internal sealed class LambdaFix
{
    public LambdaFix(string title, string equivalenceKey, Action<FixEditor> edit)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Edit = edit;
    }

    public string Title { get; }
    public string EquivalenceKey { get; }
    public Action<FixEditor> Edit { get; }

    public override string ToString() => Title + " [" + EquivalenceKey + "]";
}

/// <summary>
/// Equivalence keys. A key names a kind of fix, never a value ("use the suggested value", not "use 'arm64'"),
/// so Fix All applies each diagnostic's own suggested value. Keys are distinct for distinct actions offered on
/// the same diagnostic.
/// </summary>
internal static class EquivalenceKeys
{
    /// <summary>Replace the value with the one the rule suggests, as a literal.</summary>
    public const string UseSuggestedValue = "LambdaGen.UseSuggestedValue";
    /// <summary>Replace the value with the LambdaGen constant (<c>LambdaRuntime.Dotnet10</c>) that holds the suggested value.</summary>
    public const string UseConstant = "LambdaGen.UseConstant";
    /// <summary>LG0017: keep only this architecture (the key ends with <c>x86_64</c> or <c>arm64</c>, so Fix All keeps the same one everywhere).</summary>
    public const string KeepArchitecturePrefix = "LambdaGen.KeepArchitecture.";
    /// <summary>LG0003: cut the description to the maximum length.</summary>
    public const string TruncateDescription = "LambdaGen.TruncateDescription";
    /// <summary>LG0024, LG0025, LG0031: remove the attribute.</summary>
    public const string RemoveAttribute = "LambdaGen.RemoveAttribute";
    /// <summary>LG0030: remove the reserved <c>aws:</c> prefix from a tag key.</summary>
    public const string RemoveAwsPrefix = "LambdaGen.RemoveAwsPrefix";
    /// <summary>LG0022: keep the newest version of a layer and remove the others.</summary>
    public const string KeepNewestLayer = "LambdaGen.KeepNewestLayer";
    /// <summary>LG0113: remove a null item from a list.</summary>
    public const string RemoveNullItem = "LambdaGen.RemoveNullItem";
    /// <summary>LG0054: make an async void handler return Task.</summary>
    public const string ReturnTask = "LambdaGen.ReturnTask";

    /// <summary>LG0121: remove a setting the event source does not take.</summary>
    public const string RemoveSetting = "LambdaGen.RemoveSetting";
    /// <summary>LG0123: add the batching window an SQS batch above 10 records needs.</summary>
    public const string AddBatchingWindow = "LambdaGen.AddBatchingWindow";

    public static string KeepArchitecture(string architecture) => KeepArchitecturePrefix + architecture;
}
