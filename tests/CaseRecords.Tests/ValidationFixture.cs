using System.Text;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Validation;

namespace CaseRecords.Tests;

/// <summary>A small dataset that satisfies every error and warning rule, and ways to break it.</summary>
internal static class ValidationFixture
{
    public const string Text1 = "On 22nd July 1991 the fox was seen. In May 1991 the hound chased the fox.\nThe court ruled in June 1994; the hound’s keeper was born in 1980.";

    public const string Text2 = "The fox and the hound. The keeper was born in 1980; the hound chased the fox in May 1991.\nThe court ruled in June 1994, and the review upheld the ruling.";

    public static string Json => $$"""
        {
          "formatVersion": "1.0",
          "sources": [
            { "id": "s1", "title": "Wire", "kind": "news-article", "text": "s1.txt", "sha256": "{{Sha(Text1)}}" },
            { "id": "s2", "title": "Book", "kind": "book", "text": "s2.txt", "sha256": "{{Sha(Text2)}}" }
          ],
          "persons": [
            {
              "id": "fox",
              "names": [
                { "value": "Fox", "citations": [ { "source": "s1", "quote": "the fox was seen" }, { "source": "s2", "quote": "The fox and" } ] }
              ]
            },
            {
              "id": "keeper",
              "names": [
                { "value": "Keeper", "citations": [ { "source": "s1", "quote": "the hound's keeper" }, { "source": "s2", "quote": "The keeper was" } ] }
              ],
              "facts": [
                { "value": { "property": "birth", "date": "1980" }, "asStated": "born in 1980", "citations": [ { "source": "s1", "quote": "keeper was born in 1980" }, { "source": "s2", "quote": "The keeper was born in 1980" } ] }
              ]
            }
          ],
          "organizations": [
            { "id": "court", "names": [ { "value": "The court", "citations": [ { "source": "s1", "quote": "The court ruled" } ] } ] }
          ],
          "incidents": [
            {
              "id": "chase",
              "dates": [
                { "value": "1991-05", "asStated": "May 1991", "citations": [ { "source": "s1", "quote": "In May 1991 the hound chased the fox" }, { "source": "s2", "quote": "chased the fox in May 1991" } ] }
              ],
              "participants": [
                { "value": { "id": "keeper", "role": "witness" }, "citations": [ { "source": "s1", "quote": "the hound's keeper" }, { "source": "s2", "quote": "The keeper" } ] }
              ]
            }
          ],
          "proceedings": [
            {
              "id": "ruling",
              "kind": "civil-lawsuit",
              "forums": [ { "value": { "id": "court" }, "citations": [ { "source": "s1", "quote": "The court ruled" }, { "source": "s2", "quote": "The court ruled" } ] } ],
              "parties": [ { "value": { "id": "keeper", "role": "defendant" }, "citations": [ { "source": "s1", "quote": "the hound's keeper" }, { "source": "s2", "quote": "The keeper" } ] } ],
              "filed": [ { "value": "1991-07-22", "asStated": "22nd July 1991", "citations": [ { "source": "s1", "quote": "On 22nd July 1991" }, { "source": "s1", "quote": "22nd July" } ] } ],
              "decided": [ { "value": "1994-06", "asStated": "June 1994", "citations": [ { "source": "s1", "quote": "ruled in June 1994" }, { "source": "s2", "quote": "ruled in June 1994" } ] } ],
              "concerns": [ { "value": { "id": "chase" }, "citations": [ { "source": "s1", "quote": "the hound chased the fox" }, { "source": "s2", "quote": "the hound chased the fox" } ] } ]
            },
            {
              "id": "review",
              "kind": "appeal",
              "reviews": [ { "value": { "id": "ruling" }, "citations": [ { "source": "s2", "quote": "the review upheld the ruling" } ] } ]
            }
          ]
        }
        """;

    public static string Sha(string text) => Source.ComputeSha256(Encoding.UTF8.GetBytes(text));

    public static string Break(string from, string to)
    {
        Json.ShouldContain(from);
        var index = Json.IndexOf(from, StringComparison.Ordinal);
        return string.Concat(Json.AsSpan(0, index), to, Json.AsSpan(index + from.Length));
    }

    public static LoadResult Load(string json, bool withText2 = true)
    {
        var files = new Dictionary<string, byte[]>
        {
            ["case.json"] = Encoding.UTF8.GetBytes(json),
            ["s1.txt"] = Encoding.UTF8.GetBytes(Text1),
        };
        if (withText2)
        {
            files["s2.txt"] = Encoding.UTF8.GetBytes(Text2);
        }

        return CaseDatasetLoader.Load(DatasetFiles.FromMemory(files));
    }

    public static ValidationReport Validate(string json, ValidationOptions? options = null, bool withText2 = true) =>
        CaseValidator.Validate(Load(json, withText2), options);

    /// <summary>The 1-based line of the first line of <paramref name="json"/> that contains <paramref name="marker"/>.</summary>
    public static int LineOf(string json, string marker, int occurrence = 1)
    {
        var lines = json.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(marker, StringComparison.Ordinal) && --occurrence == 0)
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"\"{marker}\" is not in the JSON.");
    }

    public static Diagnostic Find(ValidationReport report, string code) =>
        report.Diagnostics.Where(d => d.Code == code).ShouldHaveSingleItem($"expected exactly one {code} in:\n{ReportWriter.ToText(report)}");
}
