using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LambdaGen.Build.Templates;

/// <summary>A JSON object whose members keep the order they were added in: a template reads top to bottom as its resources
/// were planned, and the same plan gives the same bytes.</summary>
internal sealed class JsonObjectNode : List<KeyValuePair<string, object?>>
{
    public JsonObjectNode Add(string name, object? value)
    {
        Add(new KeyValuePair<string, object?>(name, value));
        return this;
    }

    public object? this[string name]
    {
        get
        {
            foreach (var member in this)
            {
                if (member.Key == name)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The object at <paramref name="name"/>, added when missing.</summary>
    public JsonObjectNode Child(string name)
    {
        if (this[name] is JsonObjectNode existing)
        {
            return existing;
        }

        var child = new JsonObjectNode();
        Add(name, child);
        return child;
    }

    /// <summary>Sets the value at a dotted path (<c>VpcConfig.SubnetIds</c>), making the objects on the way.</summary>
    public void SetPath(string path, object? value)
    {
        var node = this;
        var segments = path.Split('.');
        for (int i = 0; i < segments.Length - 1; i++)
        {
            node = node.Child(segments[i]);
        }

        node.Add(segments[segments.Length - 1], value);
    }

    public static JsonObjectNode Ref(string logicalId) => new JsonObjectNode().Add("Ref", logicalId);

    public static JsonObjectNode GetAtt(string logicalId, string attribute) => new JsonObjectNode().Add("Fn::GetAtt", new List<object?> { logicalId, attribute });
}

/// <summary>
/// Writes a tree of <see cref="JsonObjectNode"/>, <see cref="Dictionary{TKey,TValue}"/> (as MiniJson reads it), lists,
/// strings, <see cref="JsonNumber"/>s, booleans and nulls as indented JSON, two spaces a level, "\n" line ends and no BOM:
/// one text for one tree on every machine. Non-ASCII is written as it is (the file is UTF-8), controls escaped.
/// </summary>
internal static class JsonText
{
    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.Append('\n').ToString();
    }

    private static void Write(StringBuilder b, object? value, int depth)
    {
        switch (value)
        {
            case null: b.Append("null"); break;
            case bool flag: b.Append(flag ? "true" : "false"); break;
            case string text: String(b, text); break;
            case JsonNumber number: b.Append(number.Text); break;
            case int number: b.Append(number.ToString(CultureInfo.InvariantCulture)); break;
            case JsonObjectNode node: Object(b, node, depth); break;
            case Dictionary<string, object?> map: Object(b, map, depth); break;
            case List<object?> list: Array(b, list, depth); break;
            default: throw new System.ArgumentException("not a JSON value: " + value.GetType().Name);
        }
    }

    private static void Object(StringBuilder b, IEnumerable<KeyValuePair<string, object?>> members, int depth)
    {
        bool any = false;
        foreach (var member in members)
        {
            b.Append(any ? ",\n" : "{\n");
            Indent(b, depth + 1);
            String(b, member.Key);
            b.Append(": ");
            Write(b, member.Value, depth + 1);
            any = true;
        }
        if (!any)
        {
            b.Append("{}");
            return;
        }
        b.Append('\n');
        Indent(b, depth);
        b.Append('}');
    }

    private static void Array(StringBuilder b, List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            b.Append("[]");
            return;
        }
        b.Append("[\n");
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                b.Append(",\n");
            }

            Indent(b, depth + 1);
            Write(b, items[i], depth + 1);
        }
        b.Append('\n');
        Indent(b, depth);
        b.Append(']');
    }

    private static void Indent(StringBuilder b, int depth) => b.Append(' ', depth * 2);

    private static void String(StringBuilder b, string text) => LambdaGen.Core.Manifest.JsonWriter.AppendString(b, text, escapeNonAscii: false);
}
