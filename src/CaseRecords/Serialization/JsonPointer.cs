using System.Globalization;
using System.Text;

namespace CaseRecords.Serialization;

/// <summary>Builds RFC 6901 JSON Pointers while walking a document, formatting a string only when asked.</summary>
internal sealed class PointerBuilder
{
    private readonly List<object> segments = [];

    public void Push(string property) => segments.Add(property);

    public void Push(int index) => segments.Add(index);

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    public int Depth => segments.Count;

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            text.Append('/');
            if (segment is int index)
            {
                text.Append(index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(Escape((string)segment));
            }
        }

        return text.ToString();
    }

    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
