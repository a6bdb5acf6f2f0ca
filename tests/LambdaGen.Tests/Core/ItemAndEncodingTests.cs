using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;

namespace LambdaGen.Tests.Core;

/// <summary>LG0113 (null list items) and LG0114 (unpaired surrogates) for every row of the field table, on whichever
/// attribute declares it, and for the values outside the table (environment, tags, file systems).</summary>
public class ItemAndEncodingTests
{
    private static readonly ProjectContext Context = new() { TargetFramework = "net10.0" };

    public static TheoryData<string> ListRows() => Rows(FieldKind.StringList);
    public static TheoryData<string> StringRows() => Rows(FieldKind.String);
    public static TheoryData<string> NumberRows() => Rows(FieldKind.Double);

    private static TheoryData<string> Rows(FieldKind kind)
    {
        var data = new TheoryData<string>();
        foreach (var field in FieldTable.Slotted.Where(f => f.Kind == kind))
        {
            data.Add(RowKey(field));
        }

        return data;
    }

    private static Field Row(string key) => FieldTable.Slotted.Single(f => RowKey(f) == key);

    /// <summary>The row's operation and name; a row that shares its property with another is told apart by its API path.</summary>
    private static string RowKey(Field field) => field.Operation.Name + "." + (field.SharesPropertyWith is null ? field.Name : field.ApiPath);

    /// <summary>A spec with <paramref name="setting"/> in <paramref name="field"/>, on the attribute that declares it (an alias
    /// named "live" for an alias row).</summary>
    private static FunctionSpec SpecWith(Field field, object setting)
    {
        var attribute = field.Operation.Attribute;
        if (attribute == Operations.LambdaFunctionAttribute)
        {
            return new FunctionSpec { Settings = new SettingTable().With(field, setting) };
        }

        var settings = new SettingTable();
        if (attribute == Operations.LambdaAliasAttribute && field != FieldTable.AliasName)
        {
            settings = settings.With(FieldTable.AliasName, new Setting<string>("live", ValueOrigin.Method));
        }

        return new FunctionSpec { Attached = EquatableArray.From(new AttachedSettings(attribute, 0, settings.With(field, setting))) };
    }

    private static IEnumerable<Violation> Of(FunctionSpec spec, Rule rule) => SpecValidator.Validate(spec, Context).Where(v => v.Rule == rule);

    [Theory]
    [MemberData(nameof(ListRows))]
    public void A_null_item_of_any_list_row_is_LG0113_at_the_item(string row)
    {
        var field = Row(row);
        var spec = SpecWith(field, new Setting<EquatableArray<string?>>(EquatableArray.From<string?>("a", null), ValueOrigin.Method));
        var violation = Assert.Single(Of(spec, RuleCatalog.NullItem));
        Assert.Equal(FieldKeys.Item(field.Key(field.Operation.Repeatable ? 0 : null), 1), violation.Field);
        Assert.Matches(@"^.*" + field.Name + " item 2 is null; the API takes no null items: remove it or give it a value \\(.+\\)$", violation.Message);
        Assert.True(SpecValidator.HasUnwritableValue(spec));
        var clean = SpecWith(field, new Setting<EquatableArray<string?>>(EquatableArray.From<string?>("a", "b"), ValueOrigin.Method));
        Assert.Empty(Of(clean, RuleCatalog.NullItem));
        Assert.False(SpecValidator.HasUnwritableValue(clean));
    }

    [Theory]
    [MemberData(nameof(StringRows))]
    public void An_unpaired_surrogate_in_any_string_row_is_LG0114(string row)
    {
        var field = Row(row);
        foreach (var (value, unit, position) in new[] { ("a\uD800", "D800", 2), ("\uDC00b", "DC00", 1), ("\uDE00\uD83D", "DE00", 1) })
        {
            var spec = SpecWith(field, new Setting<string>(value, ValueOrigin.Method));
            var violation = Assert.Single(Of(spec, RuleCatalog.UnpairedSurrogate));
            Assert.Contains($"has an unpaired surrogate U+{unit} at position {position}: it has no UTF-8 encoding", violation.Message);
            Assert.True(SpecValidator.HasUnwritableValue(spec));
        }
        // The boundary: a pair is one character, whatever else a rule says of it.
        var paired = SpecWith(field, new Setting<string>("a\uD83D\uDE00", ValueOrigin.Method));
        Assert.Empty(Of(paired, RuleCatalog.UnpairedSurrogate));
        Assert.False(SpecValidator.HasUnwritableValue(paired));
    }

    [Theory]
    [MemberData(nameof(ListRows))]
    public void An_unpaired_surrogate_in_a_list_item_is_LG0114_at_the_item(string row)
    {
        var field = Row(row);
        var spec = SpecWith(field, new Setting<EquatableArray<string?>>(EquatableArray.From<string?>("ok", "x\uDBFF"), ValueOrigin.Method));
        var violation = Assert.Single(Of(spec, RuleCatalog.UnpairedSurrogate));
        Assert.EndsWith("#1", violation.Field);
        Assert.Contains(field.Name + " item 2 has an unpaired surrogate U+DBFF at position 2", violation.Message);
        Assert.True(SpecValidator.HasUnwritableValue(spec));
    }

    [Fact]
    public void Environment_tags_and_file_systems_are_checked_at_their_parts()
    {
        var spec = new FunctionSpec
        {
            Environment = EquatableArray.From(new KeyValueEntry("MODE", "a\uD800", ValueOrigin.Method, 0)),
            Tags = EquatableArray.From(new KeyValueEntry("t\uDC00", "v", ValueOrigin.Method, 0)),
            FileSystems = EquatableArray.From(new FileSystemEntry("arn\uD800", "/mnt/data", ValueOrigin.Method, 0)),
        };
        var fields = Of(spec, RuleCatalog.UnpairedSurrogate).Select(v => v.Field).ToArray();
        Assert.Equal(new[] { "Environment#0.Value", "Tags#0.Key", "FileSystem#0.Arn" }, fields);
        // Each part alone leaves the handler without a manifest (the generator's quick check looks where the rule looks).
        Assert.True(SpecValidator.HasUnwritableValue(spec with { Tags = default, FileSystems = default }));
        Assert.True(SpecValidator.HasUnwritableValue(spec with { Environment = default, FileSystems = default }));
        Assert.True(SpecValidator.HasUnwritableValue(spec with { Environment = default, Tags = default }));
        Assert.True(SpecValidator.HasUnwritableValue(new FunctionSpec { FileSystems = EquatableArray.From(new FileSystemEntry("arn", "/mnt/\uDC00", ValueOrigin.Method, 0)) }));
        Assert.False(SpecValidator.HasUnwritableValue(new FunctionSpec
        {
            Environment = EquatableArray.From(new KeyValueEntry("MODE", "a\uD83D\uDE00", ValueOrigin.Method, 0)),
            FileSystems = EquatableArray.From(new FileSystemEntry("arn", "/mnt/data", ValueOrigin.Method, 0)),
        }));
    }

    [Fact]
    public void A_reserved_name_that_also_fails_the_name_pattern_is_reported_as_reserved_only()
    {
        foreach (var key in new[] { "_HANDLER", "_X_AMZN_TRACE_ID" })
        {
            var spec = new FunctionSpec { Environment = EquatableArray.From(new KeyValueEntry(key, "v", ValueOrigin.Method, 0)) };
            var violations = SpecValidator.Validate(spec, Context).Where(v => v.Field.StartsWith("Environment", StringComparison.Ordinal)).ToList();
            Assert.Equal(RuleCatalog.EnvironmentKeyReserved, Assert.Single(violations).Rule);
        }
    }

    /// <summary>Found by the fuzz test: JSON has no NaN or infinity, so the manifest would carry null. The range rules report
    /// the value, and no manifest is written for the handler whatever their severity; a finite value at a bound is written.</summary>
    [Theory]
    [MemberData(nameof(NumberRows))]
    public void A_non_finite_number_in_any_number_row_is_reported_and_leaves_the_handler_unwritable(string row)
    {
        var field = Row(row);
        foreach (var value in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var spec = SpecWith(field, new Setting<double>(value, ValueOrigin.Method));
            Assert.Contains(SpecValidator.Validate(spec, Context), v => v.Field.EndsWith(field.Name, StringComparison.Ordinal));
            Assert.True(SpecValidator.HasUnwritableValue(spec), $"{row} = {value} is writable");
        }
        var bound = field.Model.Max ?? field.Model.Min ?? 1;
        Assert.False(SpecValidator.HasUnwritableValue(SpecWith(field, new Setting<double>(bound, ValueOrigin.Method))));
    }
}
