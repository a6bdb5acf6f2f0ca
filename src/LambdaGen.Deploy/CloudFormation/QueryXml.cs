using System.Xml;
using System.Xml.Linq;
using LambdaGen.Deploy.Lambda;

namespace LambdaGen.Deploy.CloudFormation;

/// <summary>
/// Reading Query protocol answers: <c>&lt;{Action}Response&gt;&lt;{Action}Result&gt;…</c> on success and
/// <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;</c> on failure. Elements are matched by local name,
/// so the service namespace (http://cloudformation.amazonaws.com/doc/2010-05-15/) need not be spelled everywhere.
/// </summary>
internal static class QueryXml
{
    /// <summary>The <c>{action}Result</c> element of a 2xx answer (an empty one when the service sent none).</summary>
    public static XElement Result(string action, string text)
    {
        XDocument document = Parse(action, text) ?? throw new AwsApiException(action, 200, "InvalidResponse", "the answer is not XML: " + Clip(text), null);
        return document.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == action + "Result") ?? new XElement(action + "Result");
    }

    /// <summary>The service error of a non-2xx answer; an answer that is not an ErrorResponse keeps its HTTP status as the type.</summary>
    public static AwsApiException Error(string action, int status, string text, string? reason, TimeSpan? retryAfter)
    {
        XElement? error = Parse(action, text)?.Root?.Descendants().FirstOrDefault(e => e.Name.LocalName == "Error");
        string code = Child(error, "Code") ?? (status >= 500 ? "ServiceUnavailable" : "HTTP" + status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string message = Child(error, "Message") ?? (text.Length > 0 ? Clip(text) : reason ?? "");
        return new AwsApiException(action, status, code, message, retryAfter);
    }

    public static string? Child(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    public static XElement? Element(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>The entries of a list member: <c>&lt;Name&gt;&lt;member&gt;…&lt;/member&gt;…&lt;/Name&gt;</c>.</summary>
    public static IEnumerable<XElement> Members(XElement? parent, string name) =>
        Element(parent, name)?.Elements().Where(e => e.Name.LocalName == "member") ?? Enumerable.Empty<XElement>();

    private static XDocument? Parse(string action, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return XDocument.Parse(text);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
