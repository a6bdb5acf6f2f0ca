using LambdaGen.Core.Rules;

namespace LambdaGen.Tests.Core;

public class TextTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("😀", 1)]
    [InlineData("a😀b", 3)]
    [InlineData("👩‍💻", 3)] // woman, zero-width joiner, laptop: three code points, one grapheme
    [InlineData("é", 1)]
    [InlineData("e\u0301", 2)]
    public void CodePoints_counts_surrogate_pairs_once(string value, int expected) => Assert.Equal(expected, Text.CodePoints(value));

    // Lone surrogates cannot go through [InlineData]: attribute strings are stored as UTF-8 and come back as U+FFFD.
    [Fact]
    public void CodePoints_counts_each_lone_surrogate_as_one()
    {
        Assert.Equal(1, Text.CodePoints("\uD800"));
        Assert.Equal(2, Text.CodePoints("\uDC00\uD800")); // reversed pair: two lone surrogates
        Assert.Equal(2, Text.CodePoints("a\uD83D"));
        Assert.Equal("\uD800", Text.TruncateCodePoints("\uD800x", 1));
    }

    [Fact]
    public void Description_of_256_emoji_is_256_code_points_but_512_chars()
    {
        var value = string.Concat(Enumerable.Repeat("😀", 256));
        Assert.Equal(512, value.Length);
        Assert.Equal(256, Text.CodePoints(value));
    }

    [Theory]
    [InlineData("abcdef", 3, "abc")]
    [InlineData("😀😀😀", 2, "😀😀")]
    [InlineData("a😀b", 1, "a")]
    [InlineData("a😀b", 2, "a😀")]
    [InlineData("ab", 5, "ab")]
    [InlineData("ab", 0, "")]
    public void TruncateCodePoints_never_splits_a_pair(string value, int max, string expected) =>
        Assert.Equal(expected, Text.TruncateCodePoints(value, max));

    [Fact]
    public void Quote_shows_null_escapes_controls_and_shortens()
    {
        Assert.Equal("null", Text.Quote(null));
        Assert.Equal("''", Text.Quote(""));
        Assert.Equal("'a\\u000ab\\u0000c\\u0009'", Text.Quote("a\nb\0c\t"));
        Assert.Equal("'it's'", Text.Quote("it's"));
        Assert.Equal("'\u2028'", Text.Quote("\u2028")); // a line separator is not a control character
        var long80 = new string('x', 80);
        Assert.Equal($"'{long80}'", Text.Quote(long80));
        Assert.Equal($"'{long80}…'", Text.Quote(long80 + "y"));
        Assert.Equal($"'{string.Concat(Enumerable.Repeat("😀", 80))}…'", Text.Quote(string.Concat(Enumerable.Repeat("😀", 81))));
    }

    [Fact]
    public void Number_is_culture_invariant()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("-1024", Text.Number(-1024));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}

public class SuggestionsTests
{
    [Theory]
    [InlineData("x86_64", "x86_64")]
    [InlineData("X86_64", "x86_64")]
    [InlineData("x86-64", "x86_64")]
    [InlineData("x64", "x86_64")]
    [InlineData("amd64", "x86_64")]
    [InlineData(" arm64 ", "arm64")]
    [InlineData("AARCH64", "arm64")]
    [InlineData("arm", "arm64")]
    [InlineData("sparc", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Architecture_maps_aliases(string? value, string? expected) => Assert.Equal(expected, Suggestions.Architecture(value));

    [Theory]
    [InlineData("active", "Active")]
    [InlineData("pass-through", "PassThrough")]
    [InlineData("PASS_THROUGH", "PassThrough")]
    [InlineData("pass through", "PassThrough")]
    [InlineData("Passive", null)]
    [InlineData(null, null)]
    public void Enumeration_ignores_case_and_separators(string? value, string? expected) =>
        Assert.Equal(expected, Suggestions.Enumeration(value, new[] { "Active", "PassThrough" }));

    [Theory]
    [InlineData("dotnet8.0", "dotnet8")]
    [InlineData("DotNet8", "dotnet8")]
    [InlineData("net8", "dotnet8")]
    [InlineData("net8.0", "dotnet8")]
    [InlineData("netcore8", "dotnet8")]
    [InlineData("net10.0", "dotnet10")]
    [InlineData("dotnet10", "dotnet10")]
    [InlineData("DOTNETCORE3.1", "dotnetcore3.1")]
    [InlineData("provided.AL2023", "provided.al2023")]
    [InlineData("provided-al2", "provided.al2")]
    [InlineData("Python3.12", "python3.12")]
    [InlineData("net48", null)]
    [InlineData("net9.0", null)]
    [InlineData("dotnet", null)]
    [InlineData("dotnet8abc", null)]
    [InlineData("cobol", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Runtime_finds_the_intended_identifier(string? value, string? expected) => Assert.Equal(expected, Suggestions.Runtime(value));
}

public class RuntimesTests
{
    [Theory]
    [InlineData("dotnet10", RuntimeStatus.Supported)]
    [InlineData("provided.al2023", RuntimeStatus.Supported)]
    [InlineData("dotnet8", RuntimeStatus.Deprecated)] // deprecated 2026-11-10, before the 2026-12-07 snapshot
    [InlineData("provided.al2", RuntimeStatus.Deprecated)]
    [InlineData("dotnet6", RuntimeStatus.Deprecated)]
    [InlineData("dotnetcore3.1", RuntimeStatus.CreateBlocked)]
    [InlineData("provided", RuntimeStatus.CreateBlocked)]
    [InlineData("nodejs26.x", RuntimeStatus.Supported)] // no dates announced
    public void Status_is_computed_against_the_snapshot_date_not_the_clock(string identifier, RuntimeStatus expected)
    {
        Assert.Equal("2026-12-07", Runtimes.SnapshotDate);
        Assert.Equal(expected, Runtimes.Find(identifier)!.Status);
    }

    [Theory]
    [InlineData("dotnet8", true, true, FeatureSupport.Yes)]
    [InlineData("dotnet10", true, true, FeatureSupport.Yes)]
    [InlineData("dotnet6", false, false, FeatureSupport.No)]
    [InlineData("provided.al2023", false, true, FeatureSupport.No)]
    [InlineData("provided.al2", false, false, FeatureSupport.No)]
    [InlineData("java11", true, false, FeatureSupport.No)]
    [InlineData("java17", true, false, FeatureSupport.Yes)]
    [InlineData("java21", true, true, FeatureSupport.Yes)]
    [InlineData("python3.12", true, false, FeatureSupport.No)]
    [InlineData("python3.13", true, true, FeatureSupport.Yes)]
    [InlineData("python3.14", true, true, FeatureSupport.Yes)]
    [InlineData("nodejs20.x", false, false, FeatureSupport.No)]
    [InlineData("nodejs22.x", false, true, FeatureSupport.Yes)]
    [InlineData("ruby3.4", false, false, FeatureSupport.No)]
    public void SnapStart_managed_instances_and_durable_support_follow_the_AWS_pages(string identifier, bool snapStart, bool managedInstances, FeatureSupport durable)
    {
        var runtime = Runtimes.Find(identifier)!;
        Assert.Equal((snapStart, managedInstances, durable), (runtime.SnapStart, runtime.ManagedInstances, runtime.Durable));
    }

    [Fact]
    public void Identifiers_are_unique_exact_case_and_dates_are_ISO()
    {
        Assert.Equal(Runtimes.All.Count, Runtimes.All.Select(r => r.Identifier).Distinct(StringComparer.Ordinal).Count());
        Assert.Null(Runtimes.Find("DOTNET10"));
        foreach (var date in Runtimes.All.SelectMany(r => new[] { r.Deprecated, r.CreateBlocked, r.UpdateBlocked }).OfType<string>())
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", date);
        }
    }

    [Theory]
    [InlineData("provided.al2023", true)]
    [InlineData("provided.al2", true)]
    [InlineData("provided", true)]
    [InlineData("dotnet10", false)]
    public void IsOsOnly(string identifier, bool expected) => Assert.Equal(expected, Runtimes.IsOsOnly(identifier));
}

public class PatternsTests
{
    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/app\n")] // $ would accept the trailing newline; \z does not
    [InlineData("xx arn:aws:iam::123456789012:role/app")]
    [InlineData("arn:aws:iam::12345678901٢:role/app")] // ECMAScript: \d is ASCII only
    public void Patterns_are_full_match_and_ASCII_digits(string role) => Assert.False(Patterns.Role.IsFullMatch(role));

    [Fact]
    public void A_null_never_matches() => Assert.False(Patterns.Handler.IsFullMatch(null));

    [Theory]
    [InlineData("", true)]
    [InlineData("abc DEF 123 _.:/=+-@", true)]
    [InlineData("名前", true)]
    [InlineData("\U00020000", true)] // CJK Extension B: Lo outside the BMP
    [InlineData("Ⅻ½", true)] // Nl, No
    [InlineData("\u00A0\u2028\u2029", true)] // Zs, Zl, Zp
    [InlineData("😀", false)] // So
    [InlineData("a\tb", false)]
    [InlineData("a!b", false)]
    [InlineData(null, false)]
    public void IsTagText_applies_the_tag_pattern_per_code_point(string? value, bool expected) => Assert.Equal(expected, Patterns.IsTagText(value));

    [Fact]
    public void Lone_surrogates_are_not_tag_text()
    {
        Assert.False(Patterns.IsTagText("\uD840"));
        Assert.False(Patterns.IsTagText("a\uDC00"));
        Assert.False(Patterns.IsTagText("\uDC00\uD840"));
        Assert.True(Patterns.IsTagText("\uD840\uDC00"));
    }
}
