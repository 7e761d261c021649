using CaseRecords.Diagnostics;

namespace CaseRecords.Validation;

public static partial class CaseValidator
{
    // Support: the quotes must state the value. Names must occur in them (CR2021); a person or organization referred to
    // must be named in them (CR2022); a place's words must occur in them (CR2023); a free text's words should (CR2024).
    // Dates (CaseValidator.DateEvidence.cs) and amounts (CR2020) are checked alongside. Inferred claims are exempt.

    /// <summary>A free text is barely supported when fewer than this share of its significant words occur in its quotes.</summary>
    private const double TextSupportThreshold = 0.5;

    private static readonly string NamesList = RecordFormat.Person[PersonField.Names];
    private static readonly string PlacesList = RecordFormat.Incident[IncidentField.Places];
    private static readonly string OutcomesList = RecordFormat.Proceeding[ProceedingField.Outcomes];
    private static readonly string FormPath = "/" + RecordFormat.Claim[ClaimField.Form];
    private static readonly string ValuePlace = Value + "/" + RecordFormat.Fact[FactField.Place];
    private static readonly string ValueText = Value + "/" + RecordFormat.Fact[FactField.Text];

    private sealed partial class Run
    {
        /// <summary>The forms by which quotes may name each person or organization, by id (one cache per worker).</summary>
        private readonly Dictionary<string, List<string>> namingForms = new(StringComparer.Ordinal);

        /// <summary>Checks a text value: a name must occur in a quote (CR2021), a place's words should (CR2023), an outcome's words should mostly (CR2024).</summary>
        private void CheckText(Located item, ClaimAt at, string text)
        {
            if (at.Property == NamesList)
            {
                CheckName(item, at, text);
            }
            else if (at.Property == PlacesList)
            {
                CheckPlace(item, at, Value, text);
            }
            else if (at.Property == OutcomesList)
            {
                CheckFreeText(item, at, Value, text);
            }
        }

        /// <summary>A form ("short", "nickname") belongs to names only (CR2025).</summary>
        private void CheckForm(Located item, ClaimAt at)
        {
            if (at.Claim.Form != NameForm.Full && at.Property != NamesList)
            {
                Report(item, at, FormPath, DiagnosticCodes.FormOutsideNames, $"Only names have a form, but this claim in \"{at.Property}\" is marked \"{Serialization.EnumNames<NameForm>.Name(at.Claim.Form)}\". Remove \"{RecordFormat.Claim[ClaimField.Form]}\".");
            }
        }

        private void CheckName(Located item, ClaimAt at, string name)
        {
            foreach (var citation in at.Claim.Citations)
            {
                if (Wording.Mentions(citation.Quote, name))
                {
                    return;
                }
            }

            var hint = item.Record is Incident or Proceeding
                ? $" If it is your title for the {((Entity)item.Record).Kind.ToString().ToLowerInvariant()}, make it the \"{RecordFormat.Incident[IncidentField.Label]}\"."
                : " Quote the words that give it, or mark the claim inferred.";
            Report(item, at, Value, DiagnosticCodes.NameNotStated, $"No quote states the name \"{Shorten(name)}\".{hint}");
        }

        /// <summary>A person or organization referred to must be named in the claim's quotes or as-stated wording (CR2022).</summary>
        /// <param name="item">The entity of the claim.</param>
        /// <param name="at">The claim.</param>
        /// <param name="suffix">Where the reference is under the claim; null for the relayed source of citation <paramref name="relaying"/> (that pointer is made only for a finding).</param>
        /// <param name="target">What the reference names (found by the caller).</param>
        /// <param name="relaying">The index of the citation that relays <paramref name="target"/>, when <paramref name="suffix"/> is null.</param>
        private void CheckNamed(Located item, ClaimAt at, string? suffix, Located target, int relaying = -1)
        {
            if (target.Record is not (Person or Organization))
            {
                return;
            }

            var id = target.Id;
            var entity = (Entity)target.Record;
            if (NamedInFull(at.Claim, entity))
            {
                return;
            }

            if (!namingForms.TryGetValue(id, out var forms))
            {
                namingForms[id] = forms = Wording.NamingForms(Wording.NamesOf(entity));
            }

            if (forms.Count == 0)
            {
                return; // nothing to look for: the entity states no name
            }

            for (var i = 0; i <= at.Claim.Citations.Count; i++)
            {
                if (ClaimText(at.Claim, i) is { } text && Wording.MentionsAny(text, forms))
                {
                    return;
                }
            }

            suffix ??= $"{Citations}{item.Layout.IndexOf(at.Claim.Citations[relaying], relaying)}{RelayedFrom}";
            Report(item, at, suffix, DiagnosticCodes.ReferenceNotNamed, $"No quote names \"{id}\"; looked for {Wording.Join(forms.Take(6).ToList())}{(forms.Count > 6 ? ", …" : string.Empty)}. Quote the words that name them, or add a citation that does.");
        }

        /// <summary>
        /// Whether a quote (or the as-stated wording) gives one of the entity's names as typed (whole words, any case):
        /// the usual case, answered without the naming forms. When it does, one of the forms is found too (each name is
        /// a form or differs from one only in case), so the answer is the same as the full search.
        /// </summary>
        private static bool NamedInFull(Claim claim, Entity entity)
        {
            for (var i = 0; i <= claim.Citations.Count; i++)
            {
                if (ClaimText(claim, i) is not { } text)
                {
                    continue;
                }

                foreach (var name in entity.Names)
                {
                    if (Wording.MentionsAsTyped(text, name.Value))
                    {
                        return true;
                    }
                }

                if (entity.Label is { } label && Wording.MentionsAsTyped(text, label))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every significant word of a place must occur in the claim's quotes (CR2023).</summary>
        private void CheckPlace(Located item, ClaimAt at, string suffix, string place)
        {
            // Counted first without building the lists: they are needed only for the message.
            var texts = Wording.TextsOf(at.Claim);
            var (covered, total) = Wording.CountCovered(StemsOf(place), texts);
            if (covered < total)
            {
                var (found, missing) = Wording.Cover(place, texts);
                Report(item, at, suffix, DiagnosticCodes.PlaceNotStated, $"No quote states {Wording.Join(missing)} of the place \"{Shorten(place)}\"{(found.Count == 0 ? string.Empty : $" (found {Wording.Join(found.Select(f => f.Word).ToList())})")}. Quote the words that give the place.");
            }
        }

        /// <summary>The significant stems of a place or text value, kept by this thread.</summary>
        private string[] StemsOf(string value)
        {
            ref var stems = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Stems, value, out var exists);
            if (!exists)
            {
                stems = Wording.SignificantStems(value);
            }

            return stems!;
        }

        /// <summary>A free text whose significant words barely occur in the claim's quotes (CR2024).</summary>
        private void CheckFreeText(Located item, ClaimAt at, string suffix, string text)
        {
            // Counted first without building the lists: they are needed only for the message.
            var texts = Wording.TextsOf(at.Claim);
            var (covered, total) = Wording.CountCovered(StemsOf(text), texts);
            if (total > 0 && covered < total * TextSupportThreshold)
            {
                var (found, missing) = Wording.Cover(text, texts);
                Report(item, at, suffix, DiagnosticCodes.TextBarelySupported, $"Only {Wording.Share(found.Count, total)} words of \"{Shorten(text)}\" occur in its quotes (missing {Wording.Join(missing.Take(5).ToList())}{(missing.Count > 5 ? ", …" : string.Empty)}). Check that the quotes say it.");
            }
        }
    }
}
