using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;

namespace LambdaGen.Tests.Core;

/// <summary>
/// The generic model-constraint check (SpecValidator.Model) on rows made up for the test, one constraint kind at a time:
/// a row with a ModelRule needs no code of its own, so these rows exercise exactly what a future one would get.
/// </summary>
public class ModelCheckTests : SpecValidatorTestBase
{
    private static readonly Rule AnyRule = RuleCatalog.MaxConcurrencyOutOfRange;

    private static Field<T> Row<T>(FieldKind kind, ModelConstraints model, string name = "Value") =>
        new(name, "Parent." + name, kind) { Model = model, ModelRule = AnyRule };

    private static IReadOnlyList<Violation> Check<T>(Field<T> row, T value, ValueOrigin origin = ValueOrigin.Method) =>
        SpecValidator.CheckModelValue(row, AnyRule, new Setting<T>(value, origin));

    private static void Silent<T>(Field<T> row, T value) => Assert.Empty(Check(row, value));

    private static void Fires<T>(Field<T> row, T value, string message, string? fix = null, string? field = null)
    {
        var violation = Assert.Single(Check(row, value));
        AssertViolation(violation, AnyRule, field ?? row.Name, ValueOrigin.Method, message + " (set on [LambdaFunction])", fix);
    }

    // Ranges

    private static readonly Field<int> IntRange = Row<int>(FieldKind.Int, ModelConstraints.Range(1, 1600));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1599)]
    [InlineData(1600)]
    public void Integers_inside_the_range_are_silent(int value) => Silent(IntRange, value);

    [Theory]
    [InlineData(0, "1")]
    [InlineData(-1, "1")]
    [InlineData(int.MinValue, "1")]
    [InlineData(1601, "1600")]
    [InlineData(int.MaxValue, "1600")]
    public void Integers_outside_the_range_fire_with_the_nearest_bound(int value, string fix) =>
        Fires(IntRange, value, $"Value {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside 1–1600", fix);

    [Fact]
    public void An_integer_fix_is_a_whole_number_inside_fractional_bounds()
    {
        var row = Row<int>(FieldKind.Int, ModelConstraints.Range(1.5, 9.5));
        Fires(row, 1, "Value 1 is outside 1.5–9.5", "2");
        Fires(row, 10, "Value 10 is outside 1.5–9.5", "9");
        Silent(row, 2);
        Silent(row, 9);
    }

    private static readonly Field<double> DoubleRange = Row<double>(FieldKind.Double, ModelConstraints.Range(2, 8));

    [Theory]
    [InlineData(2.0)]
    [InlineData(2.5)]
    [InlineData(4.0)]
    [InlineData(7.999999999999999)]
    [InlineData(8.0)]
    public void Doubles_inside_the_range_are_silent(double value) => Silent(DoubleRange, value);

    [Theory]
    [InlineData(1.9999999999999998, "1.9999999999999998", "2")]
    [InlineData(8.000000000000002, "8.000000000000002", "8")]
    [InlineData(0.0, "0", "2")]
    [InlineData(-8.0, "-8", "2")]
    [InlineData(1e300, "1E+300", "8")]
    [InlineData(-1e300, "-1E+300", "2")]
    [InlineData(double.MaxValue, "1.7976931348623157E+308", "8")]
    [InlineData(double.MinValue, "-1.7976931348623157E+308", "2")]
    [InlineData(double.Epsilon, "5E-324", "2")]
    [InlineData(3e9, "3000000000", "8")]
    [InlineData(double.PositiveInfinity, "Infinity", "8")]
    [InlineData(double.NegativeInfinity, "-Infinity", "2")]
    public void Doubles_outside_the_range_fire_with_the_nearest_bound(double value, string shown, string fix) =>
        Fires(DoubleRange, value, $"Value {shown} is outside 2–8", fix);

    [Fact]
    public void Negative_zero_is_zero() => Fires(DoubleRange, -0.0, "Value 0 is outside 2–8", "2");

    [Fact]
    public void NaN_does_not_slip_through_the_comparisons_and_has_no_fix() =>
        Fires(DoubleRange, double.NaN, "Value NaN is not a number; it must be 2–8");

    [Fact]
    public void A_fractional_fix_is_written_round_trip_and_invariant()
    {
        var row = Row<double>(FieldKind.Double, ModelConstraints.Range(0.25, 2.5));
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Fires(row, 0.125, "Value 0.125 is outside 0.25–2.5", "0.25");
            Fires(row, 3.75, "Value 3.75 is outside 0.25–2.5", "2.5");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_one_sided_range_says_so()
    {
        Fires(Row<int>(FieldKind.Int, new ModelConstraints { Min = 0 }), -1, "Value -1 is below the minimum of 0", "0");
        Fires(Row<int>(FieldKind.Int, new ModelConstraints { Max = 10 }), 11, "Value 11 is above the maximum of 10", "10");
        Fires(Row<double>(FieldKind.Double, new ModelConstraints { Max = 10 }), double.NaN, "Value NaN is not a number; it must be at most 10");
        Silent(Row<double>(FieldKind.Double, new ModelConstraints { Min = 0 }), double.MaxValue);
    }

    [Fact]
    public void An_infinity_without_a_bound_on_its_side_is_not_a_finite_number_and_has_no_fix()
    {
        Fires(Row<double>(FieldKind.Double, new ModelConstraints { Min = 0 }), double.PositiveInfinity, "Value Infinity is not a finite number; it must be at least 0");
        Fires(Row<double>(FieldKind.Double, new ModelConstraints { Max = 0 }), double.NegativeInfinity, "Value -Infinity is not a finite number; it must be at most 0");
        Fires(Row<double>(FieldKind.Double, new ModelConstraints { Max = 0 }), double.PositiveInfinity, "Value Infinity is above the maximum of 0", "0");
    }

    [Fact]
    public void A_number_without_bounds_may_be_any_finite_value()
    {
        Silent(Row<int>(FieldKind.Int, ModelConstraints.None), int.MinValue);
        Silent(Row<double>(FieldKind.Double, ModelConstraints.None), double.MinValue);
        Silent(Row<double>(FieldKind.Double, ModelConstraints.None), -0.0);
        // JSON has no NaN or infinity: the manifest could not carry them.
        Fires(Row<double>(FieldKind.Double, ModelConstraints.None), double.NaN, "Value NaN is not a number");
        Fires(Row<double>(FieldKind.Double, ModelConstraints.None), double.NegativeInfinity, "Value -Infinity is not a finite number");
    }

    // Lengths, in code points

    private static readonly Field<string> Length = Row<string>(FieldKind.String, ModelConstraints.Length(1, 3));

    [Theory]
    [InlineData("a")]
    [InlineData("abc")]
    [InlineData("😀😀😀")] // six UTF-16 units, three code points
    [InlineData("a😀b")]
    public void Values_of_1_to_3_code_points_are_silent(string value) => Silent(Length, value);

    [Fact]
    public void A_lone_surrogate_is_one_code_point()
    {
        Silent(Length, "\uD800\uD800\uDC00"); // a lone high surrogate, then a pair: two code points
        // The message shows the unpaired ones escaped: they have no UTF-8 form for a log or a terminal.
        Fires(Length, "\uDC00\uD800\uDC00\uD800\uDC00\uD800", "Value '\\udc00\uD800\uDC00\uD800\uDC00\\ud800' is 4 characters; it must be 1–3 characters");
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("abcd", 4)]
    [InlineData("😀😀😀😀", 4)]
    [InlineData("e\u0301e\u0301", 4)] // combining marks are code points of their own
    public void Values_outside_1_to_3_code_points_fire_with_their_length(string value, int length) =>
        Fires(Length, value, $"Value {Text.Quote(value)} is {length} characters; it must be 1–3 characters");

    [Fact]
    public void A_long_value_is_quoted_shortened_and_its_control_characters_escaped()
    {
        var value = "\n" + new string('x', 200);
        Fires(Row<string>(FieldKind.String, ModelConstraints.Length(0, 100)), value,
            $"Value '\\u000a{new string('x', 79)}…' is 201 characters; it must be 0–100 characters");
    }

    [Fact]
    public void A_null_string_is_not_set() => Silent(Length, null!);

    // Patterns: full match, ECMAScript

    [Theory]
    [InlineData("a|ab", "ab")]
    [InlineData("a|ab", "a")]
    [InlineData(@"sg-[0-9a-z]*", "sg-")]
    [InlineData(@"\d{3}", "123")]
    [InlineData("(x)|()", "")]
    public void Values_the_whole_pattern_matches_are_silent(string pattern, string value) =>
        Silent(Row<string>(FieldKind.String, new ModelConstraints { Pattern = pattern }), value);

    [Theory]
    [InlineData("a|ab", "abc")] // without the group, \Aa|ab\z would match "abc" by its first branch
    [InlineData("a|ab", "xab")]
    [InlineData("x", "x\n")] // $ would let a trailing newline through; \z does not
    [InlineData("x", "\nx")]
    [InlineData(@"\d{3}", "12٣")] // ECMAScript: \d is ASCII only
    [InlineData(@"\w+", "é")]
    [InlineData("[a-z]+", "A")] // exact case
    public void Values_the_pattern_does_not_wholly_match_fire(string pattern, string value) =>
        Fires(Row<string>(FieldKind.String, new ModelConstraints { Pattern = pattern }), value,
            $"Value {Text.Quote(value)} does not match the model's pattern {pattern}");

    [Fact]
    public void The_length_is_reported_before_the_pattern()
    {
        var row = Row<string>(FieldKind.String, ModelConstraints.Length(2, 3, "[a-z]+"));
        Fires(row, "ABCD", "Value 'ABCD' is 4 characters; it must be 2–3 characters");
        Fires(row, "AB", "Value 'AB' does not match the model's pattern [a-z]+");
        Silent(row, "abc");
    }

    [Fact]
    public void Every_pattern_of_the_table_compiles_under_the_full_match_convention()
    {
        foreach (var row in FieldTable.All.Where(r => r.Model.Pattern is not null))
        {
            Assert.NotNull(Patterns.FullMatch(row.Model.Pattern!));
        }
    }

    // Enumerations

    private static readonly Field<string> One = Row<string>(FieldKind.String, ModelConstraints.OneOf("PER_TENANT"));

    [Theory]
    [InlineData("per_tenant")]
    [InlineData("PerTenant")]
    [InlineData("per-tenant")]
    [InlineData("Per.Tenant")]
    [InlineData(" PER_TENANT")]
    [InlineData("pertenant")]
    public void A_case_or_punctuation_slip_gets_the_API_spelling(string value) =>
        Fires(One, value, $"Value '{value}' is not valid; the API spells it 'PER_TENANT'", "PER_TENANT");

    [Theory]
    [InlineData("")]
    [InlineData("SHARED")]
    [InlineData("PER_TENANTS")]
    [InlineData("PER_TENANT\0")]
    public void Another_value_is_told_what_is_allowed_without_a_fix(string value) =>
        Fires(One, value, $"Value {Text.Quote(value)} is not valid; use 'PER_TENANT'");

    [Fact]
    public void The_exact_value_is_silent() => Silent(One, "PER_TENANT");

    [Fact]
    public void Several_allowed_values_are_listed()
    {
        Fires(Row<string>(FieldKind.String, ModelConstraints.OneOf("Zip", "Image")), "Docker", "Value 'Docker' is not valid; use 'Zip' or 'Image'");
        var three = Row<string>(FieldKind.String, ModelConstraints.OneOf("DEBUG", "INFO", "WARN"));
        Fires(three, "TRACE", "Value 'TRACE' is not valid; use one of DEBUG, INFO, WARN");
        Fires(three, "Info", "Value 'Info' is not valid; the API spells it 'INFO'", "INFO");
    }

    // Lists

    [Fact]
    public void A_list_row_checks_its_item_count_and_then_each_item_at_its_key()
    {
        var row = Row<EquatableArray<string?>>(FieldKind.StringList, new ModelConstraints { MinItems = 1, MaxItems = 2, Enum = EquatableArray.From("x86_64", "arm64") });
        Fires(row, EquatableArray.From<string?>(), "Value has 0 items; it must have 1–2");
        Fires(row, EquatableArray.From<string?>("arm64", "arm64", "arm64"), "Value has 3 items; it must have 1–2");
        Fires(row, EquatableArray.From<string?>("arm64", "ARM64"), "Value 'ARM64' is not valid; the API spells it 'arm64'", "arm64", "Value#1");
        // A null item is LG0113's (SpecValidator.CheckItemsAndEncoding), whatever the row: the model check leaves it alone.
        Silent(row, EquatableArray.From<string?>(new string?[] { null }));
        Silent(row, EquatableArray.From<string?>("x86_64", "arm64"));
    }

    // The origin and the table

    [Fact]
    public void The_message_ends_with_where_the_value_came_from()
    {
        var violation = Assert.Single(SpecValidator.CheckModelValue(FieldTable.CapacityProviderArn, RuleCatalog.CapacityProviderArnInvalid,
            new Setting<string>("", ValueOrigin.MsBuild)));
        Assert.Equal("CapacityProviderArn '' is 0 characters; it must be 1–140 characters (from MSBuild property LambdaCapacityProviderArn)", violation.Message);
        Assert.Equal(ValueOrigin.MsBuild, violation.Origin);
    }

    [Fact]
    public void Every_row_with_a_model_rule_is_a_scalar_or_list_with_constraints_and_a_catalog_rule()
    {
        var rows = FieldTable.All.Where(r => r.ModelRule is not null).ToList();
        Assert.Equal(
            ["TenantIsolationMode", "CapacityProviderArn", "PerExecutionEnvironmentMaxConcurrency", "ExecutionEnvironmentMemoryGiBPerVCpu",
             "DurableExecutionTimeout", "DurableRetentionPeriodInDays", "DurableKMSKeyArn", "PublishTo",
             "ReservedConcurrentExecutions", "Name", "Description", "ProvisionedConcurrentExecutions",
             "Qualifier", "AuthType", "AllowHeaders", "AllowMethods", "AllowOrigins", "ExposeHeaders", "MaxAge", "InvokeMode",
             "MaximumRetryAttempts", "MaximumEventAgeInSeconds", "OnSuccess", "OnFailure",
             "EventSourceArn", "BatchSize", "FilterPatterns", "KMSKeyArn", "Metrics", "SystemLogLevel", "MaximumConcurrency",
             "MaximumBatchingWindowInSeconds", "ParallelizationFactor", "StartingPosition", "OnFailure", "MaximumRecordAgeInSeconds",
             "MaximumRetryAttempts", "TumblingWindowInSeconds", "Topics", "Queues", "KafkaBootstrapServers", "ConsumerGroupId", "ConsumerGroupId",
             "DatabaseName", "CollectionName", "FullDocument", "MinimumPollers", "MaximumPollers", "PollerGroupName"],
            rows.Select(r => r.Name));
        foreach (var row in rows)
        {
            Assert.Contains(row.ModelRule!, RuleCatalog.All);
            Assert.True(row.Index >= 0, $"{row.Name} must be a slotted row");
            Assert.NotEqual(ModelConstraints.None, row.Model);
        }
    }

    [Fact]
    public void The_new_members_at_their_valid_ends_break_no_rule()
    {
        var spec = Valid
            .With(FieldTable.CapacityProviderArn, M("arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet"))
            .With(FieldTable.PerExecutionEnvironmentMaxConcurrency, M(1600))
            .With(FieldTable.ExecutionEnvironmentMemoryGiBPerVCpu, M(2.0))
            .With(FieldTable.DurableExecutionTimeout, M(31622400))
            .With(FieldTable.DurableRetentionPeriodInDays, M(1))
            .With(FieldTable.DurableKMSKeyArn, M(""))
            .With(FieldTable.TenantIsolationMode, M("PER_TENANT"))
            .With(FieldTable.PublishTo, M("LATEST_PUBLISHED"));
        Assert.Empty(Validate(spec));
    }

    [Fact]
    public void Each_new_member_out_of_its_model_is_reported_by_its_rule()
    {
        var spec = Valid
            .With(FieldTable.CapacityProviderArn, M("fleet"))
            .With(FieldTable.PerExecutionEnvironmentMaxConcurrency, M(0))
            .With(FieldTable.ExecutionEnvironmentMemoryGiBPerVCpu, M(double.NaN))
            .With(FieldTable.DurableExecutionTimeout, M(-5))
            .With(FieldTable.DurableRetentionPeriodInDays, A(120))
            .With(FieldTable.DurableKMSKeyArn, M("alias/x"))
            .With(FieldTable.TenantIsolationMode, M("per_tenant"))
            .With(FieldTable.PublishTo, M("latest"));
        Assert.Equal(["LG0067", "LG0060", "LG0061", "LG0062", "LG0064", "LG0065", "LG0066", "LG0068"], Validate(spec).Select(v => v.Rule.Id));
        AssertViolation(Validate(spec).Single(v => v.Rule.Id == "LG0065"), RuleCatalog.DurableRetentionOutOfRange, "DurableRetentionPeriodInDays", ValueOrigin.Assembly,
            "DurableRetentionPeriodInDays 120 is outside 1–90 (from [assembly: LambdaDefaults])", "90");
        AssertViolation(Validate(spec).Single(v => v.Rule.Id == "LG0067"), RuleCatalog.TenantIsolationModeUnknown, "TenantIsolationMode", ValueOrigin.Method,
            "TenantIsolationMode 'per_tenant' is not valid; the API spells it 'PER_TENANT' (set on [LambdaFunction])", "PER_TENANT");
    }

    // LG0063: the required member of a structure

    private const string Siblings = "PerExecutionEnvironmentMaxConcurrency and ExecutionEnvironmentMemoryGiBPerVCpu";

    [Fact]
    public void A_sibling_without_the_required_member_is_reported_at_the_sibling()
    {
        AssertViolation(Single(Valid.With(FieldTable.ExecutionEnvironmentMemoryGiBPerVCpu, A(4.0))), RuleCatalog.CapacityProviderArnMissing,
            "ExecutionEnvironmentMemoryGiBPerVCpu", ValueOrigin.Assembly,
            $"ExecutionEnvironmentMemoryGiBPerVCpu is set but CapacityProviderArn is not; CapacityProviderArn is required with {Siblings} (from [assembly: LambdaDefaults])");
    }

    [Fact]
    public void Two_siblings_are_one_violation_blamed_on_the_method_value()
    {
        var spec = Valid.With(FieldTable.PerExecutionEnvironmentMaxConcurrency, A(10)).With(FieldTable.ExecutionEnvironmentMemoryGiBPerVCpu, M(4.0));
        AssertViolation(Single(spec), RuleCatalog.CapacityProviderArnMissing, "ExecutionEnvironmentMemoryGiBPerVCpu", ValueOrigin.Method,
            $"{Siblings} are set but CapacityProviderArn is not; CapacityProviderArn is required with {Siblings} (set on [LambdaFunction])");
    }

    [Fact]
    public void The_required_member_from_any_origin_satisfies_it_and_alone_needs_no_sibling()
    {
        var sibling = Valid.With(FieldTable.PerExecutionEnvironmentMaxConcurrency, M(10));
        Assert.Empty(Validate(sibling.With(FieldTable.CapacityProviderArn, new Setting<string>("arn:aws:lambda:us-east-1:123456789012:capacity-provider:f", ValueOrigin.MsBuild))));
        Assert.Empty(Validate(Valid.With(FieldTable.CapacityProviderArn, A("arn:aws:lambda:us-east-1:123456789012:capacity-provider:f"))));
        // A null string is "not set" (the manifest omits it), so it does not satisfy the requirement.
        Assert.Equal("LG0063", Single(sibling.With(FieldTable.CapacityProviderArn, M<string>(null!))).Rule.Id);
    }

    [Fact]
    public void A_required_member_whose_structure_has_no_other_member_never_fires()
    {
        Assert.True(FieldTable.TenantIsolationMode.Model.RequiredInParent);
        Assert.DoesNotContain(Validate(Valid.With(FieldTable.PublishTo, M("LATEST_PUBLISHED"))), v => v.Rule == RuleCatalog.CapacityProviderArnMissing);
    }
}
