using System.Globalization;
using System.Text;

namespace CaseRecords.Report;

/// <summary>
/// The page being written: HTML text with escaping, bounded by a size limit. Every text that comes from the
/// records or the sources goes through <see cref="Text(string?)"/> or <see cref="Attr(string?)"/>: nothing they hold
/// can open a tag, close an attribute or start a script.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder text = new(64 * 1024);
    private readonly long maxChars;

    public Html(long maxBytes) => maxChars = maxBytes;

    /// <summary>The characters written so far (every character is at least one UTF-8 byte).</summary>
    public int Length => text.Length;

    /// <summary>Markup written as it is: only constants of the writer, never data.</summary>
    public Html Raw(string markup)
    {
        text.Append(markup);
        Check();
        return this;
    }

    /// <summary>A number, in invariant culture.</summary>
    public Html Num(long number)
    {
        text.Append(number.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A number with thousands separators ("1,234").</summary>
    public Html Count(long number)
    {
        text.Append(number.ToString("#,0", CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Text content, escaped.</summary>
    public Html Text(string? value)
    {
        if (value is not null)
        {
            Escape(value.AsSpan(), attribute: false);
        }

        return this;
    }

    /// <summary>Part of a text, escaped.</summary>
    public Html Text(ReadOnlySpan<char> value)
    {
        Escape(value, attribute: false);
        return this;
    }

    /// <summary>An attribute value (written inside double quotes by the caller), escaped.</summary>
    public Html Attr(string? value)
    {
        if (value is not null)
        {
            Escape(value.AsSpan(), attribute: true);
        }

        return this;
    }

    /// <summary>Throws <see cref="LimitExceededException"/> once the page is past the limit.</summary>
    public void Check()
    {
        if (text.Length > maxChars)
        {
            throw new LimitExceededException();
        }
    }

    public override string ToString() => text.ToString();

    private void Escape(ReadOnlySpan<char> value, bool attribute)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\'' when attribute => "&#39;",
                '\0' => "\uFFFD",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            text.Append(value[start..i]).Append(entity);
            start = i + 1;
        }

        text.Append(value[start..]);
        Check();
    }

    /// <summary>The page has grown past its limit.</summary>
    internal sealed class LimitExceededException : Exception
    {
    }
}
