using FsCheck;
using FsCheck.Fluent;
using LambdaGen.Core.Model;

namespace LambdaGen.Tests.Core;

/// <summary>The effective environment or tags: a method entry overrides an assembly or MSBuild one, the first of a level
/// counts, a null key is skipped, sorted by key (ordinal).</summary>
public class KeyValuesTests
{
    private static KeyValueEntry E(string? key, string? value, ValueOrigin origin, int index = 0) => new(key, value, origin, index);

    [Fact]
    public void Method_overrides_assembly_first_declaration_wins_within_a_level_sorted_ordinally()
    {
        var effective = KeyValues.Effective(new[]
        {
            E("b", "assembly", ValueOrigin.Assembly),
            E("a", "assembly", ValueOrigin.Assembly, 1),
            E("B", "upper", ValueOrigin.Assembly, 2),
            E("b", "method", ValueOrigin.Method),
            E("b", "method again", ValueOrigin.Method, 1),
            E("a", "assembly again", ValueOrigin.Assembly, 3),
            E(null, "skipped", ValueOrigin.Method, 2),
            E("c", null, ValueOrigin.Method, 3),
        });
        Assert.Equal(new[] { "B=upper", "a=assembly", "b=method", "c=" }, effective.Select(p => p.Key + "=" + p.Value));
    }

    [Fact]
    public void MSBuild_ranks_with_assembly_and_is_overridden_by_a_manifest_or_method()
    {
        var effective = KeyValues.Effective(new[] { E("k", "msbuild", ValueOrigin.MsBuild), E("k", "manifest", ValueOrigin.Manifest) });
        Assert.Equal("manifest", Assert.Single(effective).Value);
    }

    [Fact]
    public void Nothing_gives_an_empty_map() => Assert.Empty(KeyValues.Effective(Array.Empty<KeyValueEntry>()));

    /// <summary>Any list, checked against the rule written the plain way (a dictionary, then sorted): lists short enough to be
    /// scanned and long enough to need the writer's dictionary.</summary>
    [Fact]
    public void Any_list_resolves_as_the_plain_rule_does()
    {
        var entry =
            from key in Gen.OneOf(Gen.Elements<string?>(null, "a", "A", "b", "\u00e9", "a1", "z"), Gen.Choose(0, 40).Select(i => (string?)("k" + i)))
            from value in Gen.Elements<string?>(null, "", "v", "w")
            from origin in Gen.Elements(ValueOrigin.Method, ValueOrigin.Assembly, ValueOrigin.MsBuild, ValueOrigin.Manifest)
            from index in Gen.Choose(0, 5)
            select new KeyValueEntry(key, value, origin, index);
        var lists = Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(entry, n));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true),
            Prop.ForAll(Arb.From(lists), list => Plain(list).SequenceEqual(KeyValues.Effective(list))));
    }

    private static List<KeyValuePair<string, string>> Plain(IEnumerable<KeyValueEntry> entries)
    {
        var map = new Dictionary<string, (string Value, int Rank)>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Key is not null))
        {
            int rank = entry.Origin is ValueOrigin.Assembly or ValueOrigin.MsBuild ? 0 : 1;
            if (!map.TryGetValue(entry.Key!, out var existing) || existing.Rank < rank)
            {
                map[entry.Key!] = (entry.Value ?? "", rank);
            }
        }
        return map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value.Value)).ToList();
    }
}
