using CaseRecords.Dates;
using CaseRecords.Diagnostics;

namespace CaseRecords.Validation;

public static partial class CaseValidator
{
    // Claim rules: citations and their quotes, as-stated wording, corroboration, referenced ids and their kinds, conflicts.

    private static readonly EntityKind[] PersonOrOrganization = [EntityKind.Person, EntityKind.Organization];
    private static readonly EntityKind[] OrganizationOnly = [EntityKind.Organization];
    private static readonly EntityKind[] IncidentOnly = [EntityKind.Incident];
    private static readonly EntityKind[] ProceedingOnly = [EntityKind.Proceeding];

    private sealed partial class Run
    {
        private void CheckCitations(Located item, ClaimAt at)
        {
            var citations = at.Claim.Citations;
            for (var k = 0; k < citations.Count; k++)
            {
                var citation = citations[k];
                cited.Add(citation.Source);
                var kj = item.Layout.IndexOf(citation, k);
                if (citation.RelayedFrom is { } relayed && !byId.ContainsKey(relayed) && !dataset.LeftOutIds.Contains(relayed))
                {
                    Report(item, at, $"{Citations}{kj}{RelayedFrom}", DiagnosticCodes.DanglingReference, $"The citation relays \"{relayed}\", but no person, organization or source has that id.{SuggestId(relayed, PersonOrOrganization, at.Claim, sources: true)}");
                }

                if (!sourcesById.TryGetValue(citation.Source, out var source))
                {
                    if (dataset.LeftOutIds.Contains(citation.Source))
                    {
                        // The source was left out for an error of its own, already reported: no cascade.
                        continue;
                    }

                    var closest = ObjectShape.Closest(dataset.Sources.Select(s => s.Id), citation.Source);
                    Report(item, at, $"{Citations}{kj}{SourceId}", DiagnosticCodes.UnknownSource, $"The citation names the source \"{citation.Source}\", which is not defined.{(closest is null ? string.Empty : $" Did you mean \"{closest}\"?")}");
                    continue;
                }

                if (dataset.GetText(source) is not { } text)
                {
                    continue;
                }

                if (Find(text, citation) is { } span)
                {
                    quoteMatches[quoteCount++] = new QuoteMatch(item.Id, item.Pointer, at.Property, at.Index, kj, citation, span);
                    continue;
                }

                // Reported (CR2001) once every entity is checked, with what it most likely meant (CaseValidator.Quotes.cs).
                missing.Add(new MissingQuote(item, at, kj, citation, source, text));
            }
        }

        /// <summary>Finds a quote, once per text as far as the validation's table of searches remembers: claims often cite the same passage.</summary>
        private TextSpan? Find(SourceText text, Citation citation) =>
            (searches ?? throw new InvalidOperationException("Quotes are searched for by the workers of CheckEntities, once the citations are counted.")).Find(finder, text, citation);

        private void CheckAsStated(Located item, ClaimAt at)
        {
            if (at.Claim.AsStated is not { } asStated)
            {
                return;
            }

            foreach (var citation in at.Claim.Citations)
            {
                if (QuoteFinder.Contains(citation.Quote, asStated))
                {
                    return;
                }
            }

            Report(item, at, AsStated, DiagnosticCodes.AsStatedNotQuoted, $"The as-stated wording \"{Shorten(asStated)}\" does not occur in any of the claim's quotes.");
        }

        private void CheckCorroboration(Located item, ClaimAt at)
        {
            if (at.Claim.InferredFrom is { } inference)
            {
                // An inference corroborates nothing, however many sources it is drawn from.
                Report(item, at, string.Empty, DiagnosticCodes.SingleSource, $"The claim is inferred ({Shorten(inference)}): 0 independent sources state it.");
                return;
            }

            // Count the distinct independent sources without allocating (claims cite a handful of sources).
            var citations = at.Claim.Citations;
            var count = 0;
            string? firstIndependent = null;
            for (var i = 0; i < citations.Count && count < 2; i++)
            {
                if (citations[i].IsRelayed)
                {
                    continue;
                }

                if (firstIndependent is null)
                {
                    firstIndependent = citations[i].Source;
                    count = 1;
                }
                else if (!string.Equals(firstIndependent, citations[i].Source, StringComparison.Ordinal))
                {
                    count = 2;
                }
            }

            if (count == 0)
            {
                Report(item, at, string.Empty, DiagnosticCodes.SingleSource, $"The claim rests only on relayed reports ({string.Join(", ", citations.Select(c => $"{c.Source} per {c.RelayedFrom}").Distinct(StringComparer.Ordinal))}): 0 independent sources.");
            }
            else if (count == 1)
            {
                // One message per source, shared: in a large dataset many claims rest on each source.
                if (!singleSourceMessages.TryGetValue(firstIndependent!, out var message))
                {
                    singleSourceMessages[firstIndependent!] = message = $"The claim rests on 1 independent source ({firstIndependent}).";
                }

                Report(item, at, string.Empty, DiagnosticCodes.SingleSource, message);
            }
        }

        /// <summary>
        /// Checks the claim's value: references resolve to the right kind, and (unless the claim is inferred) its quotes
        /// state the value: the date, the amount, the name, the person or organization referred to, the place, the text.
        /// </summary>
        private void CheckValue(Located item, Entity entity, ClaimAt at)
        {
            CheckForm(item, at);
            var supported = !at.Claim.IsInferred;
            switch (at.Claim.UntypedValue)
            {
                case string text when supported:
                    CheckText(item, at, text);
                    break;
                case CaseDate date when supported:
                    CheckDateEvidence(item, at, Value, date);
                    break;
                case Reference reference:
                    if (CheckReference(item, at, ValueId, reference, ExpectedKinds(entity, at.Property)) is { } target && supported)
                    {
                        CheckNamed(item, at, ValueId, target);
                    }

                    break;
                case Fact fact:
                    if (fact.Related is { } related && CheckReference(item, at, ValueRelatedId, related, null) is { } relatedTarget && supported)
                    {
                        CheckNamed(item, at, ValueRelatedId, relatedTarget);
                    }

                    if (!supported)
                    {
                        break;
                    }

                    if (fact.Date is { } factDate)
                    {
                        CheckDateEvidence(item, at, ValueDate, factDate);
                    }

                    if (fact.Quantity is { } quantity)
                    {
                        CheckAmount(item, at, ValueQuantityAmount, quantity.Amount, quantity.UpperAmount);
                    }

                    if (fact.Money is { } money)
                    {
                        CheckAmount(item, at, ValueMoneyAmount, money.Amount, null);
                    }

                    if (fact.Place is { } place)
                    {
                        CheckPlace(item, at, ValuePlace, place);
                    }

                    if (fact.Text is { } factText)
                    {
                        CheckFreeText(item, at, ValueText, factText);
                    }

                    break;
            }

            if (supported)
            {
                for (var k = 0; k < at.Claim.Citations.Count; k++)
                {
                    if (at.Claim.Citations[k].RelayedFrom is { } relayed && byId.TryGetValue(relayed, out var relayedTarget))
                    {
                        CheckNamed(item, at, null, relayedTarget, k);
                    }
                }
            }
        }

        /// <summary>The claim's texts that may state its value, by index: its quotes, then (at the index after the last) its as-stated wording.</summary>
        private static string? ClaimText(Claim claim, int index) =>
            index < claim.Citations.Count ? claim.Citations[index].Quote : claim.AsStated;

        /// <summary>Whether a quote (or the as-stated wording) states the amount, and the upper amount of a range (CR2020 when not).</summary>
        private void CheckAmount(Located item, ClaimAt at, string relativePointer, decimal amount, decimal? upper)
        {
            statedNumbers.Clear();
            var one = false;
            for (var i = 0; i <= at.Claim.Citations.Count; i++)
            {
                if (ClaimText(at.Claim, i) is { } text)
                {
                    NumberExpressions.Find(text, statedNumbers);
                    one = one || (amount == 1 && NumberExpressions.StatesOne(text));
                    if ((one || States(amount)) && (upper is not { } top || States(top)))
                    {
                        return; // usually the first quote states it: the others need not be read
                    }
                }
            }

            var hasAmount = one || States(amount);

            var missing = hasAmount ? upper!.Value : amount;
            var stated = statedNumbers.Select(n => n.Value).Distinct().Order().ToList();
            var found = stated.Count == 0 ? "state no number" : $"state {string.Join(", ", stated.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))}";
            Report(item, at, relativePointer, DiagnosticCodes.AmountNotStated, $"No quote states the amount {missing.ToString(System.Globalization.CultureInfo.InvariantCulture)}; the quotes {found}.");
        }

        /// <summary>Whether the claim's texts, as read into <see cref="statedNumbers"/>, state <paramref name="value"/>.</summary>
        private bool States(decimal value)
        {
            foreach (var number in statedNumbers)
            {
                if (number.Value == value)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The kinds a reference in the claim list <paramref name="property"/> may name; null when any kind will do.</summary>
        private static EntityKind[]? ExpectedKinds(Entity entity, string property) => entity switch
        {
            Incident when property == RecordFormat.Incident[IncidentField.Participants] => PersonOrOrganization,
            Proceeding when property == RecordFormat.Proceeding[ProceedingField.Parties] => PersonOrOrganization,
            Proceeding when property == RecordFormat.Proceeding[ProceedingField.Forums] => OrganizationOnly,
            Proceeding when property == RecordFormat.Proceeding[ProceedingField.Concerns] => IncidentOnly,
            Proceeding when property == RecordFormat.Proceeding[ProceedingField.Reviews] || property == RecordFormat.Proceeding[ProceedingField.Follows] => ProceedingOnly,
            _ => null,
        };

        /// <summary>
        /// For an id that names nothing: the closest id of the kinds expected ("Did you mean "maria-velasquez"?"), and the
        /// persons or organizations the claim's quotes name, which the id may have meant. Empty when there is neither.
        /// </summary>
        private string SuggestId(string id, EntityKind[]? kinds, Claim claim, bool sources = false)
        {
            bool Expected(Located l) => (sources && l.Record is Source) || (l.Record is Entity e && (kinds is null || kinds.Contains(e.Kind)));
            var closest = ObjectShape.Closest(byId.Values.Where(l => Math.Abs(l.Id.Length - id.Length) <= 2 && Expected(l)).Select(l => l.Id), id);
            var named = new List<string>();
            if (kinds is null || kinds.Contains(EntityKind.Person) || kinds.Contains(EntityKind.Organization))
            {
                var texts = Wording.TextsOf(claim);
                foreach (var candidate in located)
                {
                    if (named.Count < 3 && candidate.Record is Person or Organization && candidate.Id != closest && Expected(candidate)
                        && ((Entity)candidate.Record).Names.FirstOrDefault(n => texts.Exists(t => Wording.Mentions(t, n.Value))) is { } name)
                    {
                        named.Add($"\"{name.Value}\" ({candidate.Id})");
                    }
                }
            }

            var text = closest is null ? string.Empty : $" Did you mean \"{closest}\"?";
            return named.Count == 0 ? text : $"{text} The quote names {string.Join(", ", named)}.";
        }

        /// <summary>Whether a reference resolves to an entity of a kind expected here (CR2008, CR2009 when not).</summary>
        private Located? CheckReference(Located item, ClaimAt at, string suffix, Reference reference, EntityKind[]? kinds)
        {
            if (!byId.TryGetValue(reference.Id, out var target))
            {
                if (dataset.LeftOutIds.Contains(reference.Id))
                {
                    // The entity was left out for an error of its own, already reported: no cascade.
                    return null;
                }

                Report(item, at, suffix, DiagnosticCodes.DanglingReference, $"\"{reference.Id}\" is not the id of any person, organization, incident or proceeding.{SuggestId(reference.Id, kinds, at.Claim)}");
                return null;
            }

            if (kinds is not null && (target.Record is not Entity entity || !kinds.Contains(entity.Kind)))
            {
                var expected = string.Join(" or ", kinds.Select(k => k.ToString().ToLowerInvariant()));
                Report(item, at, suffix, DiagnosticCodes.WrongReferenceKind, $"\"{reference.Id}\" is {Describe(target)}, but {(expected[0] is 'a' or 'e' or 'i' or 'o' ? "an" : "a")} {expected} is expected here.");
                return null;
            }

            return target;
        }

        private void CheckConflict(Located item, ConflictSet set)
        {
            conflicts.Add(set);
            var versions = set.Versions;
            var preferred = versions.Where(v => v.Rank == ClaimRank.Preferred).ToList();
            if (preferred.Count > 1)
            {
                var second = preferred[1].Claims[0];
                Report(item, $"/{second.Property}/{item.Layout.IndexOf(second.Claim, second.Index)}{Rank}", DiagnosticCodes.ConflictingPreferred, $"{preferred.Count} conflicting versions of {set.Property} are preferred: {string.Join(" | ", preferred)}. Prefer at most one.");
            }
            else if (preferred.Count == 0 && versions.Count(v => v.Rank == ClaimRank.Normal) > 1)
            {
                var first = versions[0].Claims[0];
                Report(item, $"/{first.Property}/{item.Layout.IndexOf(first.Claim, first.Index)}", DiagnosticCodes.UnresolvedConflict, $"The sources disagree on {set.Property} of \"{item.Id}\": {string.Join(" | ", versions)}. No version is preferred.");
            }
        }
    }
}
