using System.Text;

namespace LambdaGen.Deploy.CloudFormation;

/// <summary>
/// The body of one AWS Query protocol request: <c>Action=…&amp;Version=2010-05-15</c> and the input members,
/// form-encoded, with lists flattened as <c>Name.member.N</c> and structures as <c>Name.member.N.Field</c>.
/// </summary>
internal sealed class QueryForm
{
    public const string ApiVersion = "2010-05-15";

    private readonly List<KeyValuePair<string, string>> _pairs = new();

    public QueryForm(string action)
    {
        Action = action;
        Add("Action", action);
        Add("Version", ApiVersion);
    }

    public string Action { get; }

    /// <summary>Adds a member; a null value is left out (the member is not sent).</summary>
    public QueryForm Add(string name, string? value)
    {
        if (value is not null)
        {
            _pairs.Add(new(name, value));
        }
        return this;
    }

    /// <summary>Adds one list entry's fields: <c>Name.member.{index}.{field}</c>, index from 1.</summary>
    public QueryForm AddMember(string list, int index, string field, string? value) =>
        Add($"{list}.member.{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{field}", value);

    public string Value(string name) => _pairs.FirstOrDefault(p => p.Key == name).Value ?? "";

    public byte[] Encode() =>
        Encoding.UTF8.GetBytes(string.Join("&", _pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))));
}
