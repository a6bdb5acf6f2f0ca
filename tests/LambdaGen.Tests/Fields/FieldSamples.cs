using System.Globalization;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Tests.Fields;

/// <summary>A value for every row of the field table, as a boxed setting and as the C# an attribute argument needs.</summary>
internal static class FieldSamples
{
    public static object Setting(Field field, ValueOrigin origin) => field.Kind switch
    {
        FieldKind.String => new Setting<string>(Text(field), origin),
        FieldKind.Int => new Setting<int>(Int(field), origin),
        FieldKind.Double => new Setting<double>(Double(field), origin),
        FieldKind.Bool => new Setting<bool>(true, origin),
        FieldKind.StringList => new Setting<EquatableArray<string?>>(EquatableArray.From<string?>(Text(field)), origin),
        _ => throw new ArgumentException(field.Name + " is a collection"),
    };

    public static string CSharp(Field field) => field.Kind switch
    {
        FieldKind.String => Literal(Text(field)),
        FieldKind.Int => Int(field).ToString(CultureInfo.InvariantCulture),
        FieldKind.Double => Double(field).ToString("R", CultureInfo.InvariantCulture),
        FieldKind.Bool => "true",
        FieldKind.StringList => "new[] { " + Literal(Text(field)) + " }",
        _ => throw new ArgumentException(field.Name + " is a collection"),
    };

    /// <summary>A spec with every slotted row set.</summary>
    public static FunctionSpec Everything(ValueOrigin origin = ValueOrigin.Method)
    {
        var settings = new SettingTable();
        foreach (var field in FieldTable.Slotted)
        {
            settings = settings.With(field, Setting(field, origin));
        }

        return new FunctionSpec { Settings = settings };
    }

    private static string Text(Field field) => field.Model.Enum.Count > 0 ? field.Model.Enum[0] : "value-of-" + field.Name;

    private static int Int(Field field) => (int)(field.Model.Min ?? 1) + 1;

    private static double Double(Field field) => (field.Model.Min ?? 1) + 0.5;

    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
