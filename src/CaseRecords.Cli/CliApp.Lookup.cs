using System.Globalization;
using System.Text;
using CaseRecords.Reading;

namespace CaseRecords.Cli;

internal static partial class CliApp
{
    /// <summary>How many ids a did-you-mean lists at most.</summary>
    private const int MaxSuggestions = 3;

    /// <summary>
    /// <paramref name="written"/> in the form of an id, or null when nothing of it is left: accents dropped, lower
    /// case, every run of other characters one '-' ("María Velázquez" is "maria-velazquez").
    /// </summary>
    internal static string? IdForm(string written)
    {
        var id = new StringBuilder();
        foreach (var c in Fold(written))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] is not ('-' or '.' or '_'))
            {
                id.Append(c is '.' or '_' ? c : '-');
            }
        }

        var form = id.ToString().TrimEnd('-', '.', '_');
        form = form.Length > EntityIds.MaxLength ? form[..EntityIds.MaxLength].TrimEnd('-', '.', '_') : form;
        return EntityIds.IsValid(form) ? form : null;
    }

    /// <summary>
    /// The ids <paramref name="written"/> most likely means, closest first: each is what the format's one
    /// did-you-mean rule (<see cref="ObjectShape.Closest"/>) picks among the ids not yet picked, for the text as
    /// written and in the form of an id.
    /// </summary>
    internal static IReadOnlyList<string> ClosestIds(IEnumerable<string> ids, string written)
    {
        var remaining = ids.ToHashSet(StringComparer.Ordinal);
        var picked = new List<string>();
        var forms = new[] { written, IdForm(written) }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        while (picked.Count < MaxSuggestions && forms.Select(f => ObjectShape.Closest(remaining.Order(StringComparer.Ordinal), f)).FirstOrDefault(c => c is not null) is { } next)
        {
            picked.Add(next);
            remaining.Remove(next);
        }

        return picked;
    }

    /// <summary>
    /// The entities that <paramref name="written"/> names: every word of it (ignoring case, accents and punctuation)
    /// is a word of one of the entity's names ("balcerzak" and "John Balcerzak" name John Balcerzak); only when no
    /// name matches, of its label (the curator's title, which often names others too).
    /// </summary>
    internal static IReadOnlyList<Entity> EntitiesNamed(CaseDataset dataset, string written)
    {
        var wanted = Words(written);
        if (wanted.Count == 0)
        {
            return [];
        }

        bool Names(string? name) => name is not null && Words(name) is var words && wanted.All(words.Contains);
        var byName = dataset.Entities.Where(e => e.Names.Any(n => Names(n.Value))).ToList();
        return byName.Count > 0 ? byName : [.. dataset.Entities.Where(e => Names(e.Label))];
    }

    /// <summary>The words of <paramref name="text"/>: runs of letters and digits, folded (lower case, no accents).</summary>
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in Fold(text).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }

    /// <summary>
    /// The base letters of U+00C0–U+017F (Latin-1 and Latin Extended-A), lower case; '\0' where it is two letters.
    /// A table, not Unicode normalization: the native-AOT tool runs with invariant globalization, which does not
    /// decompose "á" into "a" and an accent.
    /// </summary>
    private const string LatinBase =
        "aaaaaa\0ceeeeiiiidnooooo×ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo÷ouuuuy\0y"
        + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkkllllllllllnnnnnnnnnoooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary><paramref name="text"/> in lower case without accents ("Velázquez" is "velazquez", "Łódź" is "lodz").</summary>
    internal static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u00C0' and <= '\u017F')
            {
                var letter = LatinBase[c - '\u00C0'];
                folded.Append(letter != '\0' ? letter.ToString() : c switch
                {
                    'Æ' or 'æ' => "ae",
                    'Þ' or 'þ' => "th",
                    'ß' => "ss",
                    'Ĳ' or 'ĳ' => "ij",
                    _ => "oe",
                });
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>One line naming an entity: its kind, id and display name.</summary>
    private static string Line(Entity entity) => $"{entity.Kind.ToString().ToLowerInvariant()} {entity.Id}: {entity.DisplayName()}";
}
