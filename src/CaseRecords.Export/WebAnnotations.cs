using System.Text.Encodings.Web;
using System.Text.Json;
using CaseRecords.Export.Tables;
using CaseRecords.Reading;

namespace CaseRecords.Export;

/// <summary>
/// Every citation as a W3C Web Annotation (Web Annotation Data Model, W3C Recommendation 2017), written with
/// <see cref="Utf8JsonWriter"/> as it goes: one annotation in memory at a time.
/// </summary>
/// <remarks>
/// Positions are Unicode code points of the source's stored text, as the model requires ("in terms of unicode code
/// points, not in terms of code units"); the stored text needs no normalization (it is plain text, not markup). The
/// quote selector's <c>exact</c> is the passage as stored (the quote may differ from it in white space and
/// typographic punctuation, which the validator folds); its prefix and suffix are 32 code points of the text around
/// it, or more where that is needed for prefix, passage and suffix to occur once in the text.
/// </remarks>
internal static class WebAnnotations
{
    /// <summary>The JSON-LD context of the model.</summary>
    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    /// <summary>The specification a <c>FragmentSelector</c> of a JSON Pointer conforms to (RFC 6901).</summary>
    public const string JsonPointerSpec = "http://tools.ietf.org/rfc/rfc6901";

    /// <summary>Code points of context on each side of a passage, at least.</summary>
    public const int ContextLength = 32;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static long Write(CaseDataset dataset, Stream output, CaseExportOptions options)
    {
        var context = new ExportContext(dataset, validation: null);
        var iri = options.BaseUri.AbsoluteUri;
        long total = context.Claims().Sum(c => (long)c.Claim.Citations.Count);

        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("@context", Context);
        w.WriteString("id", iri + "annotations");
        w.WriteString("type", "AnnotationCollection");
        w.WriteString("label", "The citations of a CaseRecords case: each quote, where it is in its source, and the claim it supports");
        w.WriteNumber("total", total);
        w.WriteStartObject("first");
        w.WriteString("id", iri + "annotations/page/0");
        w.WriteString("type", "AnnotationPage");
        w.WriteNumber("startIndex", 0);
        w.WriteStartArray("items");
        long written = 0;
        foreach (var citation in context.Citations())
        {
            WriteAnnotation(w, citation, context, iri);
            written++;
            if (w.BytesPending > 1 << 16)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
        return written;
    }

    private static void WriteAnnotation(Utf8JsonWriter w, CitationRow row, ExportContext context, string iri)
    {
        var claim = row.Claim;
        w.WriteStartObject();
        w.WriteString("@context", Context);
        w.WriteString("id", $"{iri}citation/{claim.Id}/{row.Position}");
        w.WriteString("type", "Annotation");
        w.WriteString("motivation", "describing");

        w.WriteStartArray("body");
        w.WriteStartObject();
        w.WriteString("type", "TextualBody");
        w.WriteString("purpose", "describing");
        w.WriteString("format", "text/plain");
        w.WriteString("value", $"{claim.Entity.Entity.DisplayName()} — {claim.List}: {claim.ValueText}");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("id", $"{iri}claim/{claim.Id}");
        w.WriteString("type", "SpecificResource");
        w.WriteString("purpose", "linking");
        w.WriteString("source", iri + "file/" + string.Join('/', claim.Entity.File.Path.Split('/').Select(Uri.EscapeDataString)));
        w.WriteStartObject("selector");
        w.WriteString("type", "FragmentSelector");
        w.WriteString("conformsTo", JsonPointerSpec);
        w.WriteString("value", claim.Pointer);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("target");
        var source = context.Dataset.TryGetSource(row.Citation.Source, out var s) ? s : null;
        w.WriteString("source", source?.Url?.AbsoluteUri ?? $"{iri}source/{row.Citation.Source}");
        w.WriteStartArray("selector");
        w.WriteStartObject();
        w.WriteString("type", "TextQuoteSelector");
        if (row is { Span: { } span, Text: { } text, Found: { } found })
        {
            var (prefix, suffix) = Around(text.Text, span.Start, span.Start + span.Length);
            w.WriteString("exact", row.Passage);
            w.WriteString("prefix", prefix);
            w.WriteString("suffix", suffix);
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("type", "TextPositionSelector");
            w.WriteNumber("start", found.Start);
            w.WriteNumber("end", found.End);
        }
        else
        {
            w.WriteString("exact", row.Citation.Quote);
        }

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// The text before and after the passage at UTF-16 offsets [<paramref name="start"/>, <paramref name="end"/>):
    /// <see cref="ContextLength"/> code points each, doubled until prefix, passage and suffix occur once in the text.
    /// </summary>
    internal static (string Prefix, string Suffix) Around(string text, int start, int end)
    {
        for (var length = ContextLength; ; length *= 2)
        {
            var before = Step(text, start, -length);
            var after = Step(text, end, length);
            var whole = text.AsSpan(before, after - before);
            var unique = text.AsSpan().IndexOf(whole, StringComparison.Ordinal) == before && text.AsSpan(before + 1).IndexOf(whole, StringComparison.Ordinal) < 0;
            if (unique || (before == 0 && after == text.Length))
            {
                return (text[before..start], text[end..after]);
            }
        }
    }

    /// <summary>The UTF-16 offset <paramref name="codePoints"/> code points from <paramref name="from"/> (backwards when negative), never inside a surrogate pair.</summary>
    private static int Step(string text, int from, int codePoints)
    {
        var i = from;
        for (var n = Math.Abs(codePoints); n > 0; n--)
        {
            if (codePoints < 0)
            {
                if (i == 0)
                {
                    break;
                }

                i -= i >= 2 && char.IsSurrogatePair(text[i - 2], text[i - 1]) ? 2 : 1;
            }
            else
            {
                if (i == text.Length)
                {
                    break;
                }

                i += i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) ? 2 : 1;
            }
        }

        return i;
    }
}
